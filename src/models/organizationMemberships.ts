// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationMemberships). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { OrganizationMembership } from "./organizationMembership.js";

/** The `OrganizationMemberships` object of the Backend API. */
export interface OrganizationMemberships {
  data: OrganizationMembership[];
  /** Total number of organization memberships */
  total_count: number;
}

/** Structural shape of {@link OrganizationMemberships}: types, presence and nullability; unknown keys kept. */
export const OrganizationMemberships: s.Shape<OrganizationMemberships> = /*#__PURE__*/ s.looseObject({
  data: s.array(OrganizationMembership),
  total_count: s.number,
});
