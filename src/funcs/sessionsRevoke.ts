// Generated from bapi-2026-05-12.yml (RevokeSession). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Session } from "../models/session.js";

/** The request of {@link sessionsRevoke}: path, query and body keys by their wire names. */
export interface SessionsRevokeRequest {
  /** The ID of the session */
  session_id: string;
}

const op: Operation<Session> = {
  id: "RevokeSession",
  method: "POST",
  path: "/sessions/{session_id}/revoke",
  response: Session,
};

/**
 * Revoke a session
 *
 * Sets the status of a session as "revoked", which is an unauthenticated state.
 * In multi-session mode, a revoked session will still be returned along with its client object, however the user will need to sign in again.
 *
 * `POST /sessions/{session_id}/revoke` · documented errors: 400, 401, 404
 */
export function sessionsRevoke(
  core: ClerkCore,
  request: SessionsRevokeRequest,
  options?: CallOptions,
): Promise<Result<Session, CallError<400 | 401 | 404>>> {
  return call(core, op, request, options);
}
