// The two Backend API calls of the browser flow, through the one pipeline (src/core/call.ts).
// Neither has a generated function: `GET /clients/handshake_payload` has no operation in the pinned
// spec, and the refresh operation there lacks the `suffixed_cookies` query flag Clerk's SDK sends.
import type { ClerkCore } from "../../core/core.js";
import { call, type Operation } from "../../core/call.js";
import type { CallError } from "../../core/errors.js";
import type { Result } from "../../core/result.js";
import * as s from "../../core/shape.js";
import { Cookies } from "../../models/cookies.js";

/** The answer of `GET /clients/handshake_payload`: the `Set-Cookie` directives behind a nonce. */
export interface HandshakePayload {
  readonly directives: string[];
}

const handshakePayloadOp: Operation<HandshakePayload> = {
  id: "GetHandshakePayload",
  method: "GET",
  path: "/clients/handshake_payload",
  query: { nonce: "s!" },
  response: /*#__PURE__*/ s.looseObject({ directives: /*#__PURE__*/ s.array(s.string) }),
};

/** The cookies a handshake nonce stands for. */
export function getHandshakePayload(core: ClerkCore, nonce: string): Promise<Result<HandshakePayload, CallError<number>>> {
  return call(core, handshakePayloadOp, { nonce });
}

/** The body of `POST /sessions/{session_id}/refresh` as Clerk's SDK sends it (`format: cookie`). */
export interface RefreshRequest {
  readonly session_id: string;
  readonly suffixed_cookies: boolean;
  readonly expired_token: string;
  readonly refresh_token: string;
  readonly request_origin: string;
  readonly request_headers: Record<string, string[]>;
}

const refreshOp: Operation<Cookies> = {
  id: "RefreshSession",
  method: "POST",
  path: "/sessions/{session_id}/refresh",
  query: { suffixed_cookies: "b" },
  body: { format: "s", expired_token: "s!", refresh_token: "s!", request_origin: "s!", request_headers: "o" },
  response: Cookies,
};

/** New session cookies for an expired session token and the browser's refresh token. */
export function refreshSessionCookies(core: ClerkCore, request: RefreshRequest): Promise<Result<Cookies, CallError<number>>> {
  return call(core, refreshOp, { ...request, format: "cookie" });
}
