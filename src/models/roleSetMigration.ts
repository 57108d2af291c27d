// Generated from bapi-2026-05-12.yml (components/schemas/RoleSetMigration). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** Information about an ongoing role set migration */
export interface RoleSetMigration {
  object: "role_set_migration" | (string & {});
  /** The unique identifier of the migration */
  id: string;
  /** The organization ID if the migration is scoped to a specific organization */
  organization_id?: string | null;
  /** The instance ID this migration belongs to */
  instance_id: string;
  /** The ID of the source role set being migrated from */
  source_role_set_id: string;
  /** The ID of the destination role set being migrated to */
  dest_role_set_id?: string | null;
  /** What triggered this migration (e.g., "role_set_deletion", "role_removal") */
  trigger_type: string;
  /** Current status of the migration (e.g., "enqueued", "in_progress", "completed") */
  status: string;
  /** Number of members that have been migrated so far */
  migrated_members: number;
  /** Role key mappings from source to destination roles */
  mappings?: Record<string, string> | null;
  /** Unix timestamp when the migration started */
  started_at?: number | null;
  /** Unix timestamp when the migration completed */
  completed_at?: number | null;
  /** Unix timestamp of migration creation */
  created_at: number;
  /** Unix timestamp of last migration update */
  updated_at: number;
}

/** Structural schema of {@link RoleSetMigration}: types, presence and nullability; unknown keys kept. */
export const RoleSetMigration: v.GenericSchema<unknown, RoleSetMigration> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  organization_id: v.exactOptional(v.nullable(v.string())),
  instance_id: v.string(),
  source_role_set_id: v.string(),
  dest_role_set_id: v.exactOptional(v.nullable(v.string())),
  trigger_type: v.string(),
  status: v.string(),
  migrated_members: v.number(),
  mappings: v.exactOptional(v.nullable(v.record(v.string(), v.string()))),
  started_at: v.exactOptional(v.nullable(v.number())),
  completed_at: v.exactOptional(v.nullable(v.number())),
  created_at: v.number(),
  updated_at: v.number(),
});
