// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationDomains). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { OrganizationDomain } from "./organizationDomain.js";

/** The `OrganizationDomains` object of the Backend API. */
export interface OrganizationDomains {
  data: OrganizationDomain[];
  /** Total number of organization domains */
  total_count: number;
}

/** Structural schema of {@link OrganizationDomains}: types, presence and nullability; unknown keys kept. */
export const OrganizationDomains: v.GenericSchema<unknown, OrganizationDomains> = /*#__PURE__*/ v.looseObject({
  data: v.array(OrganizationDomain),
  total_count: v.number(),
});
