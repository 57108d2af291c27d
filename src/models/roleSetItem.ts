// Generated from bapi-2026-05-12.yml (components/schemas/RoleSetItem). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** A role within a role set */
export interface RoleSetItem {
  object: "role_set_item" | (string & {});
  /** The unique identifier of the role */
  id: string;
  /** The name of the role */
  name: string;
  /** The key of the role (e.g., "org:admin", "org:member") */
  key: string;
  /** Optional description of the role */
  description: string | null;
  /** The number of members assigned to this role within the role set */
  members_count?: number | null;
  /** Whether this role has any members assigned within the role set */
  has_members?: boolean | null;
  /** Unix timestamp of role creation */
  created_at: number;
  /** Unix timestamp of last role update */
  updated_at: number;
}

/** Structural shape of {@link RoleSetItem}: types, presence and nullability; unknown keys kept. */
export const RoleSetItem: s.Shape<RoleSetItem> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  name: s.string,
  key: s.string,
  description: s.nullable(s.string),
  members_count: s.exactOptional(s.nullable(s.number)),
  has_members: s.exactOptional(s.nullable(s.boolean)),
  created_at: s.number,
  updated_at: s.number,
});
