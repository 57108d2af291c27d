// Generated from bapi-2026-05-12.yml (components/schemas/RoleSet). Do not edit: change codegen/ instead.
import * as v from "valibot";
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

/** Structural schema of {@link RoleSet}: types, presence and nullability; unknown keys kept. */
export const RoleSet: v.GenericSchema<unknown, RoleSet> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  name: v.string(),
  key: v.string(),
  description: v.nullable(v.string()),
  roles: v.array(RoleSetItem),
  default_role: v.exactOptional(v.nullable(RoleSetItem)),
  creator_role: v.exactOptional(v.nullable(RoleSetItem)),
  type: v.string(),
  role_set_migration: v.exactOptional(v.nullable(RoleSetMigration)),
  created_at: v.number(),
  updated_at: v.number(),
});
