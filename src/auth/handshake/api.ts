// The two Backend API calls of the browser flow. Neither has a generated function:
// `GET /clients/handshake_payload` has no operation in the pinned spec, and the refresh operation
// there lacks the `suffixed_cookies` query flag Clerk's SDK sends.
//
// They go through `bapiFetch` like the JWKS and machine-token calls, not through the function
// pipeline (src/core/call.ts): that pipeline, with ky and the response shapes, was ~60% of the
// plug-in app's bytes. What that changes for a user: the GET is asked once more on a network
// error, 429 or 5xx (the pipeline's retry policy, backoff and Retry-After do not apply), the POST
// is sent once, and the core's hooks (`beforeRequest`, `afterResponse`, `onDrift`) do not run for
// them. Answers are checked here by hand; only the fields the flow uses are read.
import type { ClerkCore } from "../../core/core.js";
import { fillPath } from "../../core/encoding.js";
import type { Issue } from "../../core/errors.js";
import { err, ok, type Result } from "../../core/result.js";
import { bapiFetch, TOO_LARGE, type BapiAnswer } from "../bapi.js";

/** The answer of `GET /clients/handshake_payload`: the `Set-Cookie` directives behind a nonce. */
export interface HandshakePayload {
  readonly directives: string[];
}

/** The answer of `POST /sessions/{session_id}/refresh`: the new session's `Set-Cookie` directives. */
export interface RefreshedCookies {
  readonly cookies: string[];
}

/**
 * Why a handshake call gave nothing to use. `api`: a non-2xx answer, with the first Clerk error
 * code when its body is a Clerk error document; `response-validation`: a 2xx answer that is not
 * JSON or not of the documented form; `invalid-request`: nothing was sent (no usable secret key,
 * a session id that cannot be a path segment); `transport`: no answer within the limits (timeout,
 * connection, a body over `maxResponseBytes`). Nothing of a body but the code is kept.
 */
export type HandshakeCallError =
  | { readonly kind: "api"; readonly status: number; readonly code: string | undefined }
  | { readonly kind: "response-validation" | "invalid-request" }
  | { readonly kind: "transport"; readonly detail: string };

/** The cookies a handshake nonce stands for. */
export function getHandshakePayload(core: ClerkCore, nonce: string): Promise<Result<HandshakePayload, HandshakeCallError>> {
  return send(core, "GET", "/clients/handshake_payload", { nonce }, undefined, (value) => {
    const directives = stringsAt(value, "directives");
    return directives && { directives };
  });
}

/** The request of `POST /sessions/{session_id}/refresh` as Clerk's SDK sends it (`format: cookie` is added). */
export interface RefreshRequest {
  readonly session_id: string;
  readonly suffixed_cookies: boolean;
  readonly expired_token: string;
  readonly refresh_token: string;
  readonly request_origin: string;
  readonly request_headers: Record<string, string[]>;
}

/** New session cookies for an expired session token and the browser's refresh token. */
export function refreshSessionCookies(core: ClerkCore, request: RefreshRequest): Promise<Result<RefreshedCookies, HandshakeCallError>> {
  const { session_id, suffixed_cookies, ...fields } = request;
  // The pipeline's own path rule: non-empty, not `.`/`..`, well-formed, encoded.
  const issues: Issue[] = [];
  const path = fillPath("/sessions/{session_id}/refresh", { session_id }, issues);
  return send(
    core,
    "POST",
    issues.length ? undefined : path,
    { suffixed_cookies: String(suffixed_cookies) },
    { format: "cookie", ...fields },
    (value) => {
      const cookies = stringsAt(value, "cookies");
      return cookies && { cookies };
    },
  );
}

async function send<T>(
  core: ClerkCore,
  method: "GET" | "POST",
  path: string | undefined,
  query: Readonly<Record<string, string>>,
  body: Readonly<Record<string, unknown>> | undefined,
  read: (value: unknown) => T | undefined,
): Promise<Result<T, HandshakeCallError>> {
  if (path === undefined) return err({ kind: "invalid-request" });
  let answer: BapiAnswer;
  try {
    answer = await bapiFetch(core, method, path, core.secretKey ?? "", body, `?${new URLSearchParams(query)}`);
  } catch {
    return err({ kind: "invalid-request" });
  }
  if (answer.ok) {
    const value = read(answer.value);
    return value === undefined ? err({ kind: "response-validation" }) : ok(value);
  }
  if (answer === TOO_LARGE || answer.status === undefined) return err({ kind: "transport", detail: answer.detail });
  // The only other failure bapiFetch reports with status 200 is a 2xx body that is not JSON.
  if (answer.status === 200) return err({ kind: "response-validation" });
  return err({ kind: "api", status: answer.status, code: answer.code });
}

/** `value[key]` when `value` is an object and that field an array of strings. */
function stringsAt(value: unknown, key: string): string[] | undefined {
  const list = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return Array.isArray(list) && list.every((item) => typeof item === "string") ? list : undefined;
}
