// Generated from bapi-2026-05-12.yml (components/schemas/RoleSetMigration). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

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

/** Structural shape of {@link RoleSetMigration}: types, presence and nullability; unknown keys kept. */
export const RoleSetMigration: s.Shape<RoleSetMigration> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  organization_id: s.exactOptional(s.nullable(s.string)),
  instance_id: s.string,
  source_role_set_id: s.string,
  dest_role_set_id: s.exactOptional(s.nullable(s.string)),
  trigger_type: s.string,
  status: s.string,
  migrated_members: s.number,
  mappings: s.exactOptional(s.nullable(s.record(s.string))),
  started_at: s.exactOptional(s.nullable(s.number)),
  completed_at: s.exactOptional(s.nullable(s.number)),
  created_at: s.number,
  updated_at: s.number,
});
