// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationDomains). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { OrganizationDomain } from "./organizationDomain.js";

/** The `OrganizationDomains` object of the Backend API. */
export interface OrganizationDomains {
  data: OrganizationDomain[];
  /** Total number of organization domains */
  total_count: number;
}

/** Structural shape of {@link OrganizationDomains}: types, presence and nullability; unknown keys kept. */
export const OrganizationDomains: s.Shape<OrganizationDomains> = /*#__PURE__*/ s.looseObject({
  data: s.array(OrganizationDomain),
  total_count: s.number,
});
