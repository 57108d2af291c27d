// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationInvitationPublicOrganizationData). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `OrganizationInvitationPublicOrganizationData` object of the Backend API. */
export interface OrganizationInvitationPublicOrganizationData {
  id: string;
  name: string;
  slug: string;
  image_url?: string;
  has_image: boolean;
}

/** Structural schema of {@link OrganizationInvitationPublicOrganizationData}: types, presence and nullability; unknown keys kept. */
export const OrganizationInvitationPublicOrganizationData: v.GenericSchema<unknown, OrganizationInvitationPublicOrganizationData> = /*#__PURE__*/ v.looseObject({
  id: v.string(),
  name: v.string(),
  slug: v.string(),
  image_url: v.exactOptional(v.string()),
  has_image: v.boolean(),
});
