// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationMembershipPublicUserData). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

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

/** Structural shape of {@link OrganizationMembershipPublicUserData}: types, presence and nullability; unknown keys kept. */
export const OrganizationMembershipPublicUserData: s.Shape<OrganizationMembershipPublicUserData> = /*#__PURE__*/ s.looseObject({
  user_id: s.string,
  first_name: s.nullable(s.string),
  last_name: s.nullable(s.string),
  profile_image_url: s.nullable(s.string),
  image_url: s.string,
  has_image: s.boolean,
  identifier: s.exactOptional(s.nullable(s.string)),
  username: s.exactOptional(s.nullable(s.string)),
  banned: s.exactOptional(s.boolean),
  deprovisioned: s.exactOptional(s.boolean),
});
