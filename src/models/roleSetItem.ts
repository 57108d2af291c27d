// Generated from bapi-2026-05-12.yml (components/schemas/RoleSetItem). Do not edit: change codegen/ instead.
import * as v from "valibot";

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

/** Structural schema of {@link RoleSetItem}: types, presence and nullability; unknown keys kept. */
export const RoleSetItem: v.GenericSchema<unknown, RoleSetItem> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  name: v.string(),
  key: v.string(),
  description: v.nullable(v.string()),
  members_count: v.exactOptional(v.nullable(v.number())),
  has_members: v.exactOptional(v.nullable(v.boolean())),
  created_at: v.number(),
  updated_at: v.number(),
});
