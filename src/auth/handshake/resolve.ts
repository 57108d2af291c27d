// Turning what the Frontend API handed the browser into cookies and a verdict: a returning
// handshake (nonce or signed JWT), and the refresh of an expired session token.
import type { SignedInState, SignedOutState } from "../authenticateRequest.js";
import { tokenError, TokenVerificationError } from "../errors.js";
import { rs256Valid, type WebCryptoKey } from "../crypto.js";
import { CATEGORY_IGNORE, CATEGORY_SESSION, decodeJwt, malformed } from "../jwt.js";
import { jwksKey } from "../jwks.js";
import { localKey } from "../localKey.js";
import { clockOf } from "../verifyToken.js";
import { getHandshakePayload, refreshSessionCookies } from "./api.js";
import { NAMES, type FlowContext } from "./context.js";
import type { HandshakeHost } from "./types.js";

/** The outcome of a returning handshake. */
export type Resolution =
  | { readonly kind: "state"; readonly state: SignedInState | SignedOutState }
  /** Development: the handshake JWT is not this instance's (keys switched locally): stop here. */
  | { readonly kind: "fatal"; readonly error: TokenVerificationError }
  /** Production: a handshake cookie of another app on the domain, or a bad token: carry on as if none came. */
  | { readonly kind: "ignored" };

// Clerk retries a development handshake whose token looks expired with this skew: the usual cause
// is a laptop clock that is off, and the token came straight from the Frontend API.
const DEV_CLOCK_SKEW_MS = 86_400_000;

/** The name and value of a `Set-Cookie` directive's first pair, as Clerk reads them. */
function cookiePair(directive: string): [string, string] {
  const [name = "", value = ""] = (directive.split(";")[0] ?? "").split("=");
  return [name, value];
}

/** The session token among `Set-Cookie` directives (`__session` or `__session_<suffix>`; the last wins). */
function sessionFrom(directives: readonly string[], headers: Headers): string {
  let token = "";
  for (const d of directives) {
    headers.append("Set-Cookie", d);
    const [name, value] = cookiePair(d);
    if (name.startsWith(NAMES.session)) token = value;
  }
  return token;
}

/** Resolves `__clerk_handshake_nonce` / `__clerk_handshake` into cookies and a signed-in or signed-out state. */
export async function resolveHandshake(host: HandshakeHost, ctx: FlowContext): Promise<Resolution> {
  let directives: string[] = [];
  if (ctx.handshakeNonce) {
    const payload = await getHandshakePayload(host.core, ctx.handshakeNonce);
    // As Clerk: a payload that cannot be fetched leaves no cookies, i.e. signed out below.
    if (payload.ok) directives = payload.value.directives;
    else host.core.options.debugLogger?.warn?.("clerk-fn: the handshake payload could not be loaded", { kind: payload.error.kind });
  } else if (ctx.handshakeToken) {
    const verified = await verifyHandshakeToken(host, ctx.handshakeToken);
    if (verified instanceof TokenVerificationError) {
      return ctx.instanceType === "development" ? { kind: "fatal", error: verified } : { kind: "ignored" };
    }
    directives = verified;
  }

  // The handshake answer may be read by the Frontend API's page (an opaque origin).
  const headers = new Headers({ "Access-Control-Allow-Origin": "null", "Access-Control-Allow-Credentials": "true" });
  const token = sessionFrom(directives, headers);
  if (ctx.instanceType === "development") {
    // Development handshakes travel in the URL: redirect once more to drop them from it.
    const clean = new URL(ctx.url);
    for (const name of [NAMES.handshake, NAMES.help, NAMES.devBrowser, NAMES.handshakeNonce]) clean.searchParams.delete(name);
    headers.append("Location", clean.toString());
    headers.set("Cache-Control", "no-store");
  }
  if (token === "") {
    return { kind: "state", state: host.signedOut("session-token-missing", "The handshake carried no session cookie.", null, headers) };
  }
  const result = await host.verify(token);
  if (result.ok) return { kind: "state", state: host.signedIn(token, result.value, headers) };
  const reason = result.error.reason;
  if (ctx.instanceType === "development" && (reason === "token-expired" || reason === "token-not-active-yet" || reason === "token-iat-in-the-future")) {
    host.core.options.debugLogger?.warn?.("clerk-fn: the handshake's session token looks out of date: is the system clock right? Retrying with a one-day clock skew.");
    const retry = await host.verify(token, DEV_CLOCK_SKEW_MS);
    if (retry.ok) return { kind: "state", state: host.signedIn(token, retry.value, headers) };
  }
  return { kind: "ignored" };
}

/**
 * Checks a handshake JWT: header `typ` (JWT when present), RS256, the session category (a JWT
 * template signed by the same key could otherwise smuggle its own `handshake` claim into
 * Set-Cookie), and the instance's signature. Its claims carry no expiry; only the signature counts.
 */
async function verifyHandshakeToken(host: HandshakeHost, token: string): Promise<string[] | TokenVerificationError> {
  const decoded = decodeJwt(token);
  if (!decoded) return malformed();
  const { header, payload } = decoded;
  if (header.typ !== undefined && header.typ !== "JWT") return tokenError("token-invalid", "The handshake token's typ is not JWT.");
  // Clerk also accepts RS384/RS512 here; Clerk signs handshakes with RS256 and so does nothing else.
  if (header.alg !== "RS256") return tokenError("token-invalid-algorithm", "The handshake token's algorithm is not RS256.");
  if (header.cat !== undefined && header.cat !== CATEGORY_SESSION && header.cat !== CATEGORY_IGNORE) {
    return tokenError("token-invalid", "The handshake token is not of the session category.");
  }
  const { jwtKey } = host.options;
  let key: WebCryptoKey | TokenVerificationError;
  if (jwtKey !== undefined) key = await localKey(host.core, jwtKey);
  else if (!host.core.secretKey) key = tokenError("secret-key-missing", "Pass jwtKey, or give the ClerkCore a secret key, to verify the handshake.");
  else if (typeof header.kid !== "string" || header.kid === "") key = tokenError("token-invalid", "The handshake token's header has no key id (kid).");
  else key = await jwksKey(host.core, host.core.secretKey, header.kid, clockOf(host.options).nowMs, host.options.jwksCache);
  if (key instanceof TokenVerificationError) return key;
  if (!(await rs256Valid(token, key))) {
    return tokenError("token-invalid-signature", "The handshake token's signature does not verify with the instance's public key.");
  }
  const list = payload.handshake;
  return Array.isArray(list) ? list.filter((d): d is string => typeof d === "string") : [];
}

/** A refresh outcome: the signed-in state with the new cookies, or Clerk's name of what went wrong. */
export type Refreshed = { readonly state: SignedInState } | { readonly error: string };

/**
 * `POST /sessions/{sid}/refresh` with the expired cookie token and the `__refresh` cookie, as
 * Clerk does for GET requests: a new session without a round trip through the Frontend API.
 */
export async function refreshSession(host: HandshakeHost, ctx: FlowContext): Promise<Refreshed> {
  const expired = ctx.sessionToken;
  if (!expired) return { error: "missing-session-token" };
  if (!ctx.refreshToken) return { error: "missing-refresh-token" };
  const decoded = decodeJwt(expired);
  if (!decoded) return { error: "expired-session-token-decode-failed" };
  const sid = decoded.payload.sid;
  if (typeof sid !== "string" || !sid) return { error: "expired-session-token-missing-sid-claim" };
  const requestHeaders: Record<string, string[]> = {};
  host.request.headers.forEach((value, name) => {
    requestHeaders[name] = [value];
  });
  const answer = await refreshSessionCookies(host.core, {
    session_id: sid,
    suffixed_cookies: ctx.usesSuffixedCookies,
    expired_token: expired,
    refresh_token: ctx.refreshToken,
    request_origin: ctx.url.origin,
    request_headers: requestHeaders,
  });
  if (!answer.ok) {
    const error = answer.error;
    // As Clerk: the API's first error code, `unexpected_error` renamed; an answer of the wrong
    // form is the SDK's problem, anything else (no code, no answer) the API's.
    if (error.kind === "api" && error.code !== undefined) return { error: error.code === "unexpected_error" ? "fetch-error" : error.code };
    return { error: error.kind === "response-validation" ? "unexpected-sdk-error" : "unexpected-bapi-error" };
  }
  if (answer.value.cookies.length === 0) return { error: "unexpected-sdk-error" };
  const headers = new Headers();
  const token = sessionFrom(answer.value.cookies, headers);
  const verified = await host.verify(token);
  if (!verified.ok) return { error: "invalid-session-token" };
  return { state: host.signedIn(token, verified.value, headers) };
}
