// Generated from bapi-2026-05-12.yml (CreateSessionTokenFromTemplate). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { SessionsCreateTokenResponse } from "../models/sessionsCreateTokenResponse.js";

/** The request of {@link sessionsCreateTokenFromTemplate}: path, query and body keys by their wire names. */
export interface SessionsCreateTokenFromTemplateRequest {
  /** The ID of the session */
  session_id: string;
  /** The name of the JWT template defined in your instance (e.g. `custom_hasura`). */
  template_name: string;
  /** Use this parameter to override the JWT lifetime. */
  expires_in_seconds?: number | null;
}

/** What {@link sessionsCreateTokenFromTemplate} returns: the shared {@link SessionsCreateTokenResponse} model. */
export type SessionsCreateTokenFromTemplateResponse = SessionsCreateTokenResponse;

const op: Operation<SessionsCreateTokenResponse> = {
  id: "CreateSessionTokenFromTemplate",
  method: "POST",
  path: "/sessions/{session_id}/tokens/{template_name}",
  body: { expires_in_seconds: "i?" },
  response: SessionsCreateTokenResponse,
};

/**
 * Create a session token from a JWT template
 *
 * Creates a JSON Web Token (JWT) based on a session and a JWT Template name defined for your instance
 *
 * `POST /sessions/{session_id}/tokens/{template_name}` · documented errors: 401, 404
 */
export function sessionsCreateTokenFromTemplate(
  core: ClerkCore,
  request: SessionsCreateTokenFromTemplateRequest,
  options?: CallOptions,
): Promise<Result<SessionsCreateTokenResponse, CallError<401 | 404>>> {
  return call(core, op, request, options);
}
