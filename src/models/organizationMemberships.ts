// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationMemberships). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { OrganizationMembership } from "./organizationMembership.js";

/** The `OrganizationMemberships` object of the Backend API. */
export interface OrganizationMemberships {
  data: OrganizationMembership[];
  /** Total number of organization memberships */
  total_count: number;
}

/** Structural schema of {@link OrganizationMemberships}: types, presence and nullability; unknown keys kept. */
export const OrganizationMemberships: v.GenericSchema<unknown, OrganizationMemberships> = /*#__PURE__*/ v.looseObject({
  data: v.array(OrganizationMembership),
  total_count: v.number(),
});
