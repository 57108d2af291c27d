// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationInvitations). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { OrganizationInvitation } from "./organizationInvitation.js";

/** The `OrganizationInvitations` object of the Backend API. */
export interface OrganizationInvitations {
  data: OrganizationInvitation[];
  /** Total number of organization invitations */
  total_count: number;
}

/** Structural schema of {@link OrganizationInvitations}: types, presence and nullability; unknown keys kept. */
export const OrganizationInvitations: v.GenericSchema<unknown, OrganizationInvitations> = /*#__PURE__*/ v.looseObject({
  data: v.array(OrganizationInvitation),
  total_count: v.number(),
});
