// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationInvitationsWithPublicOrganizationData). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { OrganizationInvitationWithPublicOrganizationData } from "./organizationInvitationWithPublicOrganizationData.js";

/** The `OrganizationInvitationsWithPublicOrganizationData` object of the Backend API. */
export interface OrganizationInvitationsWithPublicOrganizationData {
  data: OrganizationInvitationWithPublicOrganizationData[];
  /** Total number of organization invitations */
  total_count: number;
}

/** Structural shape of {@link OrganizationInvitationsWithPublicOrganizationData}: types, presence and nullability; unknown keys kept. */
export const OrganizationInvitationsWithPublicOrganizationData: s.Shape<OrganizationInvitationsWithPublicOrganizationData> = /*#__PURE__*/ s.looseObject({
  data: s.array(OrganizationInvitationWithPublicOrganizationData),
  total_count: s.number,
});
