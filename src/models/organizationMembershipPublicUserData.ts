// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationMembershipPublicUserData). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** An organization membership with public user data populated */
export interface OrganizationMembershipPublicUserData {
  user_id: string;
  first_name: string | null;
  last_name: string | null;
  /** @deprecated */
  profile_image_url: string | null;
  image_url: string;
  has_image: boolean;
  identifier?: string | null;
  username?: string | null;
  banned?: boolean;
  deprovisioned?: boolean;
}

/** Structural schema of {@link OrganizationMembershipPublicUserData}: types, presence and nullability; unknown keys kept. */
export const OrganizationMembershipPublicUserData: v.GenericSchema<unknown, OrganizationMembershipPublicUserData> = /*#__PURE__*/ v.looseObject({
  user_id: v.string(),
  first_name: v.nullable(v.string()),
  last_name: v.nullable(v.string()),
  profile_image_url: v.nullable(v.string()),
  image_url: v.string(),
  has_image: v.boolean(),
  identifier: v.exactOptional(v.nullable(v.string())),
  username: v.exactOptional(v.nullable(v.string())),
  banned: v.exactOptional(v.boolean()),
  deprovisioned: v.exactOptional(v.boolean()),
});
