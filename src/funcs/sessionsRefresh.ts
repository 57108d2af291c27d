// Generated from bapi-2026-05-12.yml (RefreshSession). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { SessionRefresh } from "../models/sessionRefresh.js";

/** The request of {@link sessionsRefresh}: path, query and body keys by their wire names. */
export interface SessionsRefreshRequest {
  /** The ID of the session */
  session_id: string;
  /**
   * The JWT that is sent via the `__session` cookie from your frontend.
   * Note: this JWT must be associated with the supplied session ID.
   */
  expired_token: string;
  /** The refresh token from the `__refresh` cookie set via FAPI's handshake flow. */
  refresh_token: string;
  /** The origin of the request. */
  request_origin: string;
  /** The headers of the request. */
  request_headers?: Record<string, unknown> | null;
  /** The format of the response. */
  format?: "token" | "cookie" | null;
  /** The IP address of the request. */
  request_originating_ip?: string | null;
}

const op: Operation<SessionRefresh> = {
  id: "RefreshSession",
  method: "POST",
  path: "/sessions/{session_id}/refresh",
  body: { expired_token: "s!", refresh_token: "s!", request_origin: "s!", request_headers: "o?", format: "s?", request_originating_ip: "s?" },
  response: SessionRefresh,
};

/**
 * Refresh a session
 *
 * Refreshes a session by creating a new session token. A 401 is returned when there
 * are validation errors, which signals the SDKs to fall back to the handshake flow.
 *
 * `POST /sessions/{session_id}/refresh` · documented errors: 400, 401
 */
export function sessionsRefresh(
  core: ClerkCore,
  request: SessionsRefreshRequest,
  options?: CallOptions,
): Promise<Result<SessionRefresh, CallError<400 | 401>>> {
  return call(core, op, request, options);
}
