// Generated from bapi-2026-05-12.yml (components/schemas/Organization). Do not edit: change codegen/ instead.
import * as v from "valibot";
import type { OrganizationPrivateMetadata, OrganizationPublicMetadata } from "../core/augment.js";

/** The `Organization` object of the Backend API. */
export interface Organization {
  object: "organization" | (string & {});
  id: string;
  name: string;
  slug: string;
  image_url?: string;
  has_image: boolean;
  members_count?: number;
  missing_member_with_elevated_permissions?: boolean;
  pending_invitations_count?: number;
  max_allowed_memberships: number;
  admin_delete_enabled: boolean;
  public_metadata: OrganizationPublicMetadata;
  private_metadata?: OrganizationPrivateMetadata;
  created_by?: string;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
  /** Unix timestamp of last activity. */
  last_active_at?: number;
  /** The key of the [role set](https://clerk.com/docs/guides/organizations/control-access/role-sets) assigned to this organization. */
  role_set_key?: string | null;
}

/** Structural schema of {@link Organization}: types, presence and nullability; unknown keys kept. */
export const Organization: v.GenericSchema<unknown, Organization> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  name: v.string(),
  slug: v.string(),
  image_url: v.exactOptional(v.string()),
  has_image: v.boolean(),
  members_count: v.exactOptional(v.number()),
  missing_member_with_elevated_permissions: v.exactOptional(v.boolean()),
  pending_invitations_count: v.exactOptional(v.number()),
  max_allowed_memberships: v.number(),
  admin_delete_enabled: v.boolean(),
  public_metadata: v.looseObject({}),
  private_metadata: v.exactOptional(v.looseObject({})),
  created_by: v.exactOptional(v.string()),
  created_at: v.number(),
  updated_at: v.number(),
  last_active_at: v.exactOptional(v.number()),
  role_set_key: v.exactOptional(v.nullable(v.string())),
});
