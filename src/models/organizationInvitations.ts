// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationInvitations). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { OrganizationInvitation } from "./organizationInvitation.js";

/** The `OrganizationInvitations` object of the Backend API. */
export interface OrganizationInvitations {
  data: OrganizationInvitation[];
  /** Total number of organization invitations */
  total_count: number;
}

/** Structural shape of {@link OrganizationInvitations}: types, presence and nullability; unknown keys kept. */
export const OrganizationInvitations: s.Shape<OrganizationInvitations> = /*#__PURE__*/ s.looseObject({
  data: s.array(OrganizationInvitation),
  total_count: s.number,
});
