// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationInvitationPublicUserData). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** An organization inviter's public user data */
export type OrganizationInvitationPublicUserData = {
  user_id: string;
  first_name: string | null;
  last_name: string | null;
  image_url: string;
  has_image: boolean;
  identifier: string;
} | null;

/** Structural shape of {@link OrganizationInvitationPublicUserData}: types, presence and nullability; unknown keys kept. */
export const OrganizationInvitationPublicUserData: s.Shape<OrganizationInvitationPublicUserData> = /*#__PURE__*/ s.nullable(s.looseObject({
  user_id: s.string,
  first_name: s.nullable(s.string),
  last_name: s.nullable(s.string),
  image_url: s.string,
  has_image: s.boolean,
  identifier: s.string,
}));
