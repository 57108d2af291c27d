// Generated from bapi-2026-05-12.yml (components/schemas/RoleSet). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { RoleSetItem } from "./roleSetItem.js";
import { RoleSetMigration } from "./roleSetMigration.js";

/** A role set defines a collection of roles that can be assigned to organization members */
export interface RoleSet {
  object: "role_set" | (string & {});
  /** The unique identifier of the role set */
  id: string;
  /** The name of the role set */
  name: string;
  /** A unique key for the role set (e.g., "role_set:default") */
  key: string;
  /** Optional description of the role set */
  description: string | null;
  /** The list of roles in this role set */
  roles: RoleSetItem[];
  /** The default role assigned to new organization members */
  default_role?: RoleSetItem | null;
  /** The role assigned to the creator of an organization */
  creator_role?: RoleSetItem | null;
  /** The type of the role set ("initial" or "custom") */
  type: "initial" | "custom" | (string & {});
  /** Active migration information, only present when status is "enqueued" or "in_progress" */
  role_set_migration?: RoleSetMigration | null;
  /** Unix timestamp of role set creation */
  created_at: number;
  /** Unix timestamp of last role set update */
  updated_at: number;
}

/** Structural shape of {@link RoleSet}: types, presence and nullability; unknown keys kept. */
export const RoleSet: s.Shape<RoleSet> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  name: s.string,
  key: s.string,
  description: s.nullable(s.string),
  roles: s.array(RoleSetItem),
  default_role: s.exactOptional(s.nullable(RoleSetItem)),
  creator_role: s.exactOptional(s.nullable(RoleSetItem)),
  type: s.string,
  role_set_migration: s.exactOptional(s.nullable(RoleSetMigration)),
  created_at: s.number,
  updated_at: s.number,
});
