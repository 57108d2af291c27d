// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationWithLogo). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `OrganizationWithLogo` object of the Backend API. */
export interface OrganizationWithLogo {
  object: "organization" | (string & {});
  id: string;
  name: string;
  slug: string;
  image_url: string;
  has_image: boolean;
  members_count?: number;
  missing_member_with_elevated_permissions?: boolean;
  pending_invitations_count?: number;
  max_allowed_memberships: number;
  admin_delete_enabled: boolean;
  public_metadata: Record<string, unknown>;
  private_metadata?: Record<string, unknown>;
  created_by?: string;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
  /** Unix timestamp of last activity. */
  last_active_at?: number;
  /** The key of the [role set](https://clerk.com/docs/guides/organizations/control-access/role-sets) assigned to this organization. */
  role_set_key?: string | null;
  /** @deprecated */
  logo_url?: string;
}

/** Structural shape of {@link OrganizationWithLogo}: types, presence and nullability; unknown keys kept. */
export const OrganizationWithLogo: s.Shape<OrganizationWithLogo> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  name: s.string,
  slug: s.string,
  image_url: s.string,
  has_image: s.boolean,
  members_count: s.exactOptional(s.number),
  missing_member_with_elevated_permissions: s.exactOptional(s.boolean),
  pending_invitations_count: s.exactOptional(s.number),
  max_allowed_memberships: s.number,
  admin_delete_enabled: s.boolean,
  public_metadata: s.looseObject({}),
  private_metadata: s.exactOptional(s.looseObject({})),
  created_by: s.exactOptional(s.string),
  created_at: s.number,
  updated_at: s.number,
  last_active_at: s.exactOptional(s.number),
  role_set_key: s.exactOptional(s.nullable(s.string)),
  logo_url: s.exactOptional(s.string),
});
