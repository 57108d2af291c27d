// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationSettings). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `OrganizationSettings` object of the Backend API. */
export interface OrganizationSettings {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "organization_settings" | (string & {});
  enabled: boolean;
  max_allowed_memberships: number;
  max_allowed_roles: number;
  max_role_sets_allowed?: number;
  max_allowed_domains: number;
  /**
   * max_allowed_permissions is now a no-op, as permissions are now unlimited
   *
   * @deprecated
   */
  max_allowed_permissions?: number;
  /** The role key that a user will be assigned after creating an organization. */
  creator_role: string;
  /** The default for whether an admin can delete an organization with the Frontend API. */
  admin_delete_enabled: boolean;
  domains_enabled: boolean;
  slug_disabled?: boolean;
  domains_enrollment_modes: ("manual_invitation" | "automatic_invitation" | "automatic_suggestion" | (string & {}))[];
  /** The role key that it will be used in order to create an organization invitation or suggestion. */
  domains_default_role: string;
  /** The role set key that it will be used to create new organizations. */
  initial_role_set_key?: string | null;
}

/** Structural schema of {@link OrganizationSettings}: types, presence and nullability; unknown keys kept. */
export const OrganizationSettings: v.GenericSchema<unknown, OrganizationSettings> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  enabled: v.boolean(),
  max_allowed_memberships: v.number(),
  max_allowed_roles: v.number(),
  max_role_sets_allowed: v.exactOptional(v.number()),
  max_allowed_domains: v.number(),
  max_allowed_permissions: v.exactOptional(v.number()),
  creator_role: v.string(),
  admin_delete_enabled: v.boolean(),
  domains_enabled: v.boolean(),
  slug_disabled: v.exactOptional(v.boolean()),
  domains_enrollment_modes: v.array(v.string()),
  domains_default_role: v.string(),
  initial_role_set_key: v.exactOptional(v.nullable(v.string())),
});
