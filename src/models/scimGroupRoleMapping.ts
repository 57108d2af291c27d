// Generated from bapi-2026-05-12.yml (components/schemas/SCIMGroupRoleMapping). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { Role } from "./role.js";

/** A mapping from a SCIM group to an organization role. Members of the group are assigned the role; the lowest-precedence match wins when a user belongs to multiple mapped groups. */
export interface SCIMGroupRoleMapping {
  /** String representing the object's type. Always "scim_group_role_mapping". */
  object: "scim_group_role_mapping" | (string & {});
  /** Unique identifier for the SCIM group role mapping. */
  id: string;
  /** The ID of the directory this mapping belongs to. */
  scim_directory_id: string;
  /** The ID of the directory this mapping belongs to. Same value as `scim_directory_id`. */
  directory_id: string;
  /** The SCIM group ID from the identity provider. */
  scim_group_id: string;
  /** The group ID from the identity provider. Same value as `scim_group_id`. */
  directory_group_id: string;
  /** The display name of the SCIM group, as reported by the identity provider. */
  scim_group_display_name: string;
  /** The display name of the group, as reported by the identity provider. Same value as `scim_group_display_name`. */
  directory_group_display_name: string;
  role?: Role;
  /** Mapping precedence, starting at 1. Lower values take priority when a user belongs to multiple mapped groups. */
  precedence: number;
  /** Unix timestamp (milliseconds) of when the mapping was created. */
  created_at: number;
  /** Unix timestamp (milliseconds) of when the mapping was last updated. */
  updated_at: number;
}

/** Structural shape of {@link SCIMGroupRoleMapping}: types, presence and nullability; unknown keys kept. */
export const SCIMGroupRoleMapping: s.Shape<SCIMGroupRoleMapping> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  scim_directory_id: s.string,
  directory_id: s.string,
  scim_group_id: s.string,
  directory_group_id: s.string,
  scim_group_display_name: s.string,
  directory_group_display_name: s.string,
  role: s.exactOptional(Role),
  precedence: s.number,
  created_at: s.number,
  updated_at: s.number,
});
