// Generated from bapi-2026-05-12.yml (components/schemas/Session). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { SessionActivityResponse } from "./sessionActivityResponse.js";
import { SessionTask } from "./sessionTask.js";

/** The `Session` object of the Backend API. */
export interface Session {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "session" | (string & {});
  id: string;
  user_id: string;
  client_id: string;
  actor?: Record<string, unknown> | null;
  status: "active" | "revoked" | "ended" | "expired" | "removed" | "abandoned" | "replaced" | "pending" | (string & {});
  last_active_organization_id?: string | null;
  last_active_at: number;
  latest_activity?: SessionActivityResponse;
  /** Unix timestamp of expiration. */
  expire_at: number;
  /** Unix timestamp of abandonment. */
  abandon_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
  /** Unix timestamp of creation. */
  created_at: number;
  tasks?: SessionTask[] | null;
}

/** Structural schema of {@link Session}: types, presence and nullability; unknown keys kept. */
export const Session: v.GenericSchema<unknown, Session> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  user_id: v.string(),
  client_id: v.string(),
  actor: v.exactOptional(v.nullable(v.looseObject({}))),
  status: v.string(),
  last_active_organization_id: v.exactOptional(v.nullable(v.string())),
  last_active_at: v.number(),
  latest_activity: v.exactOptional(SessionActivityResponse),
  expire_at: v.number(),
  abandon_at: v.number(),
  updated_at: v.number(),
  created_at: v.number(),
  tasks: v.exactOptional(v.nullable(v.array(SessionTask))),
});
