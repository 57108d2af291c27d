// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationSettings). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

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

/** Structural shape of {@link OrganizationSettings}: types, presence and nullability; unknown keys kept. */
export const OrganizationSettings: s.Shape<OrganizationSettings> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  enabled: s.boolean,
  max_allowed_memberships: s.number,
  max_allowed_roles: s.number,
  max_role_sets_allowed: s.exactOptional(s.number),
  max_allowed_domains: s.number,
  max_allowed_permissions: s.exactOptional(s.number),
  creator_role: s.string,
  admin_delete_enabled: s.boolean,
  domains_enabled: s.boolean,
  slug_disabled: s.exactOptional(s.boolean),
  domains_enrollment_modes: s.array(s.string),
  domains_default_role: s.string,
  initial_role_set_key: s.exactOptional(s.nullable(s.string)),
});
