// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationInvitationsWithPublicOrganizationData). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { OrganizationInvitationWithPublicOrganizationData } from "./organizationInvitationWithPublicOrganizationData.js";

/** The `OrganizationInvitationsWithPublicOrganizationData` object of the Backend API. */
export interface OrganizationInvitationsWithPublicOrganizationData {
  data: OrganizationInvitationWithPublicOrganizationData[];
  /** Total number of organization invitations */
  total_count: number;
}

/** Structural schema of {@link OrganizationInvitationsWithPublicOrganizationData}: types, presence and nullability; unknown keys kept. */
export const OrganizationInvitationsWithPublicOrganizationData: v.GenericSchema<unknown, OrganizationInvitationsWithPublicOrganizationData> = /*#__PURE__*/ v.looseObject({
  data: v.array(OrganizationInvitationWithPublicOrganizationData),
  total_count: v.number(),
});
