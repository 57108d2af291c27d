// Generated from bapi-2026-05-12.yml (CreateSessionToken). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { SessionsCreateTokenResponse } from "../models/sessionsCreateTokenResponse.js";

/** The request of {@link sessionsCreateToken}: path, query and body keys by their wire names. */
export interface SessionsCreateTokenRequest {
  /** The ID of the session */
  session_id: string;
  /** Use this parameter to override the default session token lifetime. */
  expires_in_seconds?: number | null;
}

export type { SessionsCreateTokenResponse };

const op: Operation<SessionsCreateTokenResponse> = {
  id: "CreateSessionToken",
  method: "POST",
  path: "/sessions/{session_id}/tokens",
  body: { expires_in_seconds: "i?" },
  response: SessionsCreateTokenResponse,
};

/**
 * Create a session token
 *
 * Creates a session JSON Web Token (JWT) based on a session.
 *
 * `POST /sessions/{session_id}/tokens` · documented errors: 401, 404
 */
export function sessionsCreateToken(
  core: ClerkCore,
  request: SessionsCreateTokenRequest,
  options?: CallOptions,
): Promise<Result<SessionsCreateTokenResponse, CallError<401 | 404>>> {
  return call(core, op, request, options);
}
