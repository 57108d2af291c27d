// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationInvitationPublicOrganizationData). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `OrganizationInvitationPublicOrganizationData` object of the Backend API. */
export interface OrganizationInvitationPublicOrganizationData {
  id: string;
  name: string;
  slug: string;
  image_url?: string;
  has_image: boolean;
}

/** Structural shape of {@link OrganizationInvitationPublicOrganizationData}: types, presence and nullability; unknown keys kept. */
export const OrganizationInvitationPublicOrganizationData: s.Shape<OrganizationInvitationPublicOrganizationData> = /*#__PURE__*/ s.looseObject({
  id: s.string,
  name: s.string,
  slug: s.string,
  image_url: s.exactOptional(s.string),
  has_image: s.boolean,
});
