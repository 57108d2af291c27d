// Generated from bapi-2026-05-12.yml (GetSession). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Session } from "../models/session.js";

/** The request of {@link sessionsGet}: path, query and body keys by their wire names. */
export interface SessionsGetRequest {
  /** The ID of the session */
  session_id: string;
}

const op: Operation<Session> = {
  id: "GetSession",
  method: "GET",
  path: "/sessions/{session_id}",
  response: Session,
};

/**
 * Retrieve a session
 *
 * Retrieve the details of a session
 *
 * `GET /sessions/{session_id}` · documented errors: 400, 401, 404
 */
export function sessionsGet(
  core: ClerkCore,
  request: SessionsGetRequest,
  options?: CallOptions,
): Promise<Result<Session, CallError<400 | 401 | 404>>> {
  return call(core, op, request, options);
}
