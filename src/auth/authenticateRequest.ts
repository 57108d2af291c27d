import type { ClerkCore } from "../core/core.js";
import { machineAuth, recordFromJwt, sessionAuth, signedOutAuth, type AuthObject } from "./authObjects.js";
import type { TokenVerificationReason } from "./errors.js";
import { tokenKind, verifyOpaqueMachineToken, type MachineTokenRecord } from "./machine.js";
import { bearerToken, sessionCookie } from "./tokenSource.js";
import type { JwtClaims, MachineTokenType, TokenType, VerifiedClaims, VerifyTokenOptions } from "./types.js";
// handshake plug-in (types only: the plug-in's code is bundled only by apps that import it)
import type { HandshakeHost, HandshakeOptions, HandshakeReason, HandshakeState } from "./handshake/types.js";
import { clockOf, verifyJwt } from "./verifyToken.js";

/** Which token kinds a route accepts: one, a list, or `"any"`. */
export type AcceptsToken = TokenType | "any" | readonly TokenType[];

/** Options of `authenticateRequest`: those of `verifyToken` and the ones about the request. */
export interface AuthenticateRequestOptions extends VerifyTokenOptions, HandshakeOptions {
  /**
   * The instance's publishable key. With it the instance's own suffixed cookies
   * (`__session_<suffix>`, `__client_uat_<suffix>`) are read and other apps' cookies ignored.
   */
  readonly publishableKey?: string | undefined;
  /** Token kinds this route accepts. Default `"session_token"`. */
  readonly acceptsToken?: AcceptsToken | undefined;
  /** A machine's secret key, used to verify `mt_` M2M tokens instead of the core's secret key. */
  readonly machineSecretKey?: string | undefined;
}

/**
 * Why a request is signed out: a `TokenVerificationReason`, or one about the request itself.
 *
 * - `session-token-missing`: no Bearer token and no session cookie of this instance.
 * - `machine-token-missing`: the route accepts only machine tokens and there is no Bearer token
 *   (machine tokens are never read from cookies).
 * - `client-uat-missing`: the session cookie comes without a (numeric) `__client_uat` cookie.
 * - `client-uat-signed-out`: `__client_uat` is `0`: the browser signed out; the session cookie is stale.
 * - `session-token-iat-before-client-uat`: the session cookie was issued before the browser's
 *   last sign-in/sign-out (`__client_uat` newer than `iat`), or has no `iat`.
 * - `token-type-mismatch`: the Bearer token is a kind `acceptsToken` does not list.
 * - `unexpected-error`: a failure nothing else describes (a bug, or a request object that is not a `Request`).
 */
export type AuthReason =
  | TokenVerificationReason
  | "session-token-missing"
  | "machine-token-missing"
  | "client-uat-missing"
  | "client-uat-signed-out"
  | "session-token-iat-before-client-uat"
  | "token-type-mismatch"
  | "unexpected-error"
  // handshake plug-in: its reasons when it signs a page load out (see HandshakeReason)
  | HandshakeReason;

/** The request carries a valid token of an accepted kind. */
export interface SignedInState {
  readonly status: "signed-in";
  readonly reason: null;
  readonly message: null;
  readonly token: string;
  readonly tokenType: TokenType;
  /** The JWT's claims, or for opaque machine tokens the API's verify answer. */
  readonly payload: JwtClaims;
  /** handshake plug-in: `Set-Cookie` etc. to add to the response (a resolved handshake, a refresh). */
  readonly headers?: Headers;
  /** Who is calling, as a plain object. */
  toAuth(): AuthObject;
}

/** The request is not authenticated; `reason` says why, `message` what to check. */
export interface SignedOutState {
  readonly status: "signed-out";
  readonly reason: AuthReason;
  /** Never contains the token, its signature or a secret key. */
  readonly message: string;
  /** The token that was refused, `null` when none was found. */
  readonly token: string | null;
  readonly tokenType: TokenType | null;
  readonly payload: null;
  /** handshake plug-in: `Set-Cookie` etc. to add to the response. */
  readonly headers?: Headers;
  /** A signed-out auth object (every field `null`). */
  toAuth(): AuthObject;
}

/** The outcome of `authenticateRequest`; `handshake` only with the handshake plug-in. */
export type RequestState = SignedInState | SignedOutState | HandshakeState;

/**
 * Decides who sent `request`. Never throws, whatever the request, options or network do.
 *
 * Token source: `Authorization: Bearer <token>` first (other schemes are ignored, see
 * `bearerToken`); otherwise the session cookie (`__session`, or with `publishableKey` this
 * instance's `__session_<suffix>`), which only counts while `__client_uat` says the browser is
 * signed in and is not newer than the token's `iat`. Machine tokens (`ak_`, `mt_`, `oat_`, M2M and
 * OAuth JWTs) are only taken from the header, and only when `acceptsToken` lists their kind.
 *
 * Session tokens and JWT machine tokens are verified as `verifyToken` does (networkless with
 * `jwtKey`); opaque machine tokens through the API's verify operations.
 */
export async function authenticateRequest(
  core: ClerkCore,
  request: Request,
  options?: AuthenticateRequestOptions,
): Promise<RequestState> {
  try {
    return await authenticate(core, request, options ?? {});
  } catch {
    return signedOut("unexpected-error", "The request could not be authenticated because of an unexpected failure.", null, null);
  }
}

async function authenticate(core: ClerkCore, request: Request, options: AuthenticateRequestOptions): Promise<RequestState> {
  // Duck-typed: frameworks and polyfills hand in Request-likes whose Headers are not this realm's.
  const headers = (request as { headers?: Headers } | null | undefined)?.headers;
  if (typeof headers?.get !== "function") {
    return signedOut("unexpected-error", "authenticateRequest needs a Request (with Headers).", null, null);
  }
  const accepted = acceptedTypes(options.acceptsToken);
  const bearer = bearerToken(headers);
  if (bearer !== undefined) return fromHeader(core, bearer, accepted, options);

  if (!accepted.has("session_token")) {
    return signedOut("machine-token-missing", "No Bearer token in the Authorization header; machine tokens are only read from there.", null, null);
  }
  // --- handshake plug-in call site (begin) ---
  const plugin = options.handshake;
  if (plugin) {
    const host = handshakeHost(core, request, options);
    return (await plugin.before(host)) ?? plugin.after(host, await fromCookie(core, headers, options));
  }
  return fromCookie(core, headers, options);
}

function handshakeHost(core: ClerkCore, request: Request, options: AuthenticateRequestOptions): HandshakeHost {
  return {
    core,
    request,
    options,
    verify: (token, clockSkewInMs) => verifyJwt(core, token, clockSkewInMs === undefined ? options : { ...options, clockSkewInMs }, "session"),
    signedIn: (token, claims: VerifiedClaims, headers) => ({ ...signedIn(token, "session_token", claims, sessionAuth(claims)), headers }),
    signedOut: (reason, message, token, headers) => ({ ...signedOut(reason, message, token, "session_token"), headers }),
  };
}
// --- handshake plug-in call site (end) ---

async function fromCookie(core: ClerkCore, headers: Headers, options: AuthenticateRequestOptions): Promise<SignedInState | SignedOutState> {
  const cookie = await sessionCookie(headers.get("cookie"), options.publishableKey);
  if (!cookie) return signedOut("session-token-missing", "No Bearer token and no session cookie of this instance.", null, null);
  const { token } = cookie;

  // Checked before verification so that a browser that signed out costs no JWKS request.
  const clientUat = cookie.clientUat !== undefined && /^\d+$/.test(cookie.clientUat) ? Number(cookie.clientUat) : undefined;
  if (clientUat === undefined) {
    return signedOut("client-uat-missing", "The session cookie comes without a valid __client_uat cookie.", token, "session_token");
  }
  if (clientUat === 0) {
    return signedOut("client-uat-signed-out", "The browser has signed out (__client_uat is 0); the session cookie is stale.", token, "session_token");
  }
  const result = await verifyJwt(core, token, options, "session");
  if (!result.ok) return signedOut(result.error.reason, result.error.message, token, "session_token");
  const claims = result.value;
  if (typeof claims.iat !== "number" || clientUat > claims.iat) {
    return signedOut(
      "session-token-iat-before-client-uat",
      "The session cookie was issued before the browser's last sign-in or sign-out (__client_uat); it is outdated.",
      token,
      "session_token",
    );
  }
  return signedIn(token, "session_token", claims, sessionAuth(claims));
}

async function fromHeader(
  core: ClerkCore,
  token: string,
  accepted: ReadonlySet<TokenType>,
  options: AuthenticateRequestOptions,
): Promise<RequestState> {
  const kind = tokenKind(token);
  if (!accepted.has(kind.type)) {
    return signedOut(
      "token-type-mismatch",
      `The Bearer token is of kind ${kind.type}; this route accepts ${[...accepted].join(", ") || "no token kind"}.`,
      token,
      kind.type,
    );
  }
  if (kind.type === "session_token") {
    const result = await verifyJwt(core, token, options, "session");
    if (!result.ok) return signedOut(result.error.reason, result.error.message, token, kind.type);
    return signedIn(token, kind.type, result.value, sessionAuth(result.value));
  }
  let record: MachineTokenRecord;
  if (kind.format === "jwt") {
    // JWT machine tokens are signed by the instance key: verified locally like sessions.
    const result = await verifyJwt(core, token, options, kind.type === "m2m_token" ? "m2m" : "oauth");
    if (!result.ok) return signedOut(result.error.reason, result.error.message, token, kind.type);
    record = recordFromJwt(result.value);
  } else {
    const result = await verifyOpaqueMachineToken(core, token, kind.type, {
      machineSecretKey: options.machineSecretKey,
      ...clockOf(options),
    });
    if (!result.ok) return signedOut(result.error.reason, result.error.message, token, kind.type);
    record = result.value;
  }
  return signedIn(token, kind.type, record.raw, machineAuth(kind.type, record));
}

const ALL_TYPES: readonly TokenType[] = ["session_token", "api_key", "m2m_token", "oauth_token"];

function acceptedTypes(acceptsToken: AcceptsToken | undefined): ReadonlySet<TokenType> {
  if (acceptsToken === undefined) return new Set(["session_token"]);
  if (acceptsToken === "any") return new Set(ALL_TYPES);
  const list: readonly unknown[] = typeof acceptsToken === "string" ? [acceptsToken] : Array.isArray(acceptsToken) ? acceptsToken : [];
  return new Set(ALL_TYPES.filter((t) => list.includes(t)));
}

function signedIn(token: string, tokenType: TokenType, payload: JwtClaims, auth: AuthObject): SignedInState {
  return { status: "signed-in", reason: null, message: null, token, tokenType, payload, toAuth: () => ({ ...auth }) };
}

function signedOut(reason: AuthReason, message: string, token: string | null, tokenType: TokenType | null): SignedOutState {
  const auth = signedOutAuth(tokenType === null ? "session_token" : (tokenType as "session_token" | MachineTokenType));
  return { status: "signed-out", reason, message, token, tokenType, payload: null, toAuth: () => ({ ...auth }) };
}
