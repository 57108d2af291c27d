// Generated from bapi-2026-05-12.yml (components/schemas/Session). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
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

/** Structural shape of {@link Session}: types, presence and nullability; unknown keys kept. */
export const Session: s.Shape<Session> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  user_id: s.string,
  client_id: s.string,
  actor: s.exactOptional(s.nullable(s.looseObject({}))),
  status: s.string,
  last_active_organization_id: s.exactOptional(s.nullable(s.string)),
  last_active_at: s.number,
  latest_activity: s.exactOptional(SessionActivityResponse),
  expire_at: s.number,
  abandon_at: s.number,
  updated_at: s.number,
  created_at: s.number,
  tasks: s.exactOptional(s.nullable(s.array(SessionTask))),
});
