// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationInvitationPublicUserData). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** An organization inviter's public user data */
export type OrganizationInvitationPublicUserData = {
  user_id: string;
  first_name: string | null;
  last_name: string | null;
  image_url: string;
  has_image: boolean;
  identifier: string;
} | null;

/** Structural schema of {@link OrganizationInvitationPublicUserData}: types, presence and nullability; unknown keys kept. */
export const OrganizationInvitationPublicUserData: v.GenericSchema<unknown, OrganizationInvitationPublicUserData> = /*#__PURE__*/ v.nullable(v.looseObject({
  user_id: v.string(),
  first_name: v.nullable(v.string()),
  last_name: v.nullable(v.string()),
  image_url: v.string(),
  has_image: v.boolean(),
  identifier: v.string(),
}));
