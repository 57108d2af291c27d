// Generated from bapi-2026-05-12.yml (components/schemas/DirectoryGroupRoleMapping). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { Role } from "./role.js";

/** A mapping from a directory group to an organization role. Members of the group are assigned the role; the lowest-precedence match wins when a user belongs to multiple mapped groups. */
export interface DirectoryGroupRoleMapping {
  /** String representing the object's type. Always "directory_group_role_mapping". */
  object: "directory_group_role_mapping" | (string & {});
  /** Unique identifier for the directory group role mapping. */
  id: string;
  /** The ID of the directory this mapping belongs to. */
  directory_id: string;
  /** The legacy name for `directory_id`. Carries the same value. */
  scim_directory_id: string;
  /** The group ID from the identity provider. */
  directory_group_id: string;
  /** The legacy name for `directory_group_id`. Carries the same value. */
  scim_group_id: string;
  /** The display name of the group, as reported by the identity provider. */
  directory_group_display_name: string;
  /** The legacy name for `directory_group_display_name`. Carries the same value. */
  scim_group_display_name: string;
  role?: Role;
  /** Mapping precedence, starting at 1. Lower values take priority when a user belongs to multiple mapped groups. */
  precedence: number;
  /** Unix timestamp (milliseconds) of when the mapping was created. */
  created_at: number;
  /** Unix timestamp (milliseconds) of when the mapping was last updated. */
  updated_at: number;
}

/** Structural shape of {@link DirectoryGroupRoleMapping}: types, presence and nullability; unknown keys kept. */
export const DirectoryGroupRoleMapping: s.Shape<DirectoryGroupRoleMapping> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  directory_id: s.string,
  scim_directory_id: s.string,
  directory_group_id: s.string,
  scim_group_id: s.string,
  directory_group_display_name: s.string,
  scim_group_display_name: s.string,
  role: s.exactOptional(Role),
  precedence: s.number,
  created_at: s.number,
  updated_at: s.number,
});
