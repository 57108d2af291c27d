import type { ClerkCore } from "../core/core.js";
import {
  machineAuth,
  recordFromJwt,
  sessionAuth,
  signedOutAuth,
  type AuthObject,
  type InvalidTokenAuth,
  type SessionAuthObject,
  type SignedInAuthFor,
  type SignedInSessionAuth,
  type SignedOutAuthFor,
} from "./authObjects.js";
import type { TokenVerificationReason } from "./errors.js";
import { decodeJwt, machineJwtType, nonSessionCategory } from "./jwt.js";
import { isJwtFormat, machineTokenType, verifyOpaqueMachineToken, type MachineTokenRecord } from "./machine.js";
import { bearerToken, cookieSession } from "./tokenSource.js";
import type { JwtClaims, MachineTokenType, SessionClaims, TokenType, VerifyTokenOptions } from "./types.js";
import { clockOf, verifyJwt } from "./verifyToken.js";
// handshake plug-in (types only: the plug-in's code is bundled only by apps that import it)
import type { HandshakeHost, HandshakeOptions, HandshakeReason, HandshakeState } from "./handshake/types.js";

/** Which token kinds a route accepts: one, a list, or `"any"`. */
export type AcceptsToken = TokenType | "any" | readonly TokenType[];

/** The token kinds an `acceptsToken` value admits (`session_token` when it is not given). */
export type AcceptedTokenType<A> = [A] extends [undefined]
  ? "session_token"
  : A extends "any"
    ? TokenType
    : A extends readonly (infer T extends TokenType)[]
      ? T
      : A extends TokenType
        ? A
        : "session_token";

/** Options of `authenticateRequest`: those of `verifyToken` and the ones about the request. */
export interface AuthenticateRequestOptions<A extends AcceptsToken = AcceptsToken> extends VerifyTokenOptions, HandshakeOptions {
  /**
   * The instance's publishable key. With it the instance's own suffixed cookies
   * (`__session_<suffix>`, `__client_uat_<suffix>`) are read, and development instances
   * (`pk_test_`) require the dev-browser cookie on cookie requests, as Clerk does.
   */
  readonly publishableKey?: string | undefined;
  /** Token kinds this route accepts. Default `"session_token"`. Machine tokens are only read from the header. */
  readonly acceptsToken?: A | undefined;
  /**
   * The default of `toAuth()`: a session whose status is `pending` (the user still has a task,
   * e.g. choosing an organization) gives a signed-out auth object with `sessionStatus: "pending"`.
   * Default `true`, as in Clerk's SDKs; `toAuth({ treatPendingAsSignedOut: false })` overrides it.
   */
  readonly treatPendingAsSignedOut?: boolean | undefined;
}

/**
 * Why a request is signed out: a `TokenVerificationReason`, or one about the request itself.
 *
 * - `session-token-missing`: no token in the `Authorization` header and no session cookie of this instance.
 * - `machine-token-missing`: the route accepts one machine kind and there is no token in the
 *   header (machine tokens are never read from cookies).
 * - `client-uat-missing`: a session cookie without a `__client_uat` that says the browser is
 *   signed in (absent, `0` or not a number).
 * - `session-token-iat-before-client-uat`: the session cookie was issued before the browser's
 *   last sign-in or sign-out (`__client_uat` newer than its `iat`).
 * - `dev-browser-missing` / `dev-browser-sync`: a development instance (`pk_test_` key) and a
 *   cookie request without the dev-browser token, or with one in the URL being synced.
 * - `token-type-mismatch`: the token is a kind the route does not accept (a JWT template, an
 *   M2M or OAuth token on a session route, an API key on an M2M route, …).
 * - `unexpected-error`: a failure nothing else describes (a request object that is not a `Request`).
 */
export type AuthReason =
  | TokenVerificationReason
  | "session-token-missing"
  | "machine-token-missing"
  | "client-uat-missing"
  | "session-token-iat-before-client-uat"
  | "dev-browser-missing"
  | "dev-browser-sync"
  | "token-type-mismatch"
  | "unexpected-error"
  // handshake plug-in: its reasons when it signs a page load out (see HandshakeReason)
  | HandshakeReason;

/** Options of a session state's `toAuth()`. */
export interface PendingSessionOptions {
  /** Default: the `treatPendingAsSignedOut` option of `authenticateRequest`, else `true`. */
  readonly treatPendingAsSignedOut?: boolean | undefined;
}

interface SignedInFields<T extends TokenType> {
  readonly status: "signed-in";
  readonly reason: null;
  readonly message: null;
  readonly token: string;
  readonly tokenType: T;
  /** The JWT's claims, or for opaque machine tokens the API's verify answer. */
  readonly payload: JwtClaims;
  /** handshake plug-in: `Set-Cookie` etc. to add to the response (a resolved handshake, a refresh). */
  readonly headers?: Headers;
}

/** A session state's `toAuth()`: signed out for a pending session unless told otherwise. */
export interface SessionToAuth {
  toAuth(options: { readonly treatPendingAsSignedOut: false }): SignedInSessionAuth;
  toAuth(options?: PendingSessionOptions): SessionAuthObject;
}

/** The request carries a valid token of an accepted kind `T` (one state type per kind). */
export type SignedInState<T extends TokenType = "session_token"> = T extends "session_token"
  ? SignedInFields<T> & SessionToAuth
  : T extends MachineTokenType
    ? SignedInFields<T> & { toAuth(): SignedInAuthFor<T> }
    : never;

/** The request is not authenticated; `reason` says why, `message` what to check. */
export interface SignedOutState<T extends TokenType = "session_token", List extends boolean = false> {
  readonly status: "signed-out";
  readonly reason: AuthReason;
  /** Never contains the token, its signature or a secret key. */
  readonly message: string;
  /** The token that was refused, `null` when none was found. */
  readonly token: string | null;
  /** The kind the refusal is about; `null` when a route with a list of kinds got none of them. */
  readonly tokenType: T | (List extends true ? null : never);
  readonly payload: null;
  /** handshake plug-in: `Set-Cookie` etc. to add to the response. */
  readonly headers?: Headers;
  /** A signed-out auth object (every field `null`, `has()` false). */
  toAuth(options?: PendingSessionOptions): SignedOutAuthFor<T> | (List extends true ? InvalidTokenAuth : never);
}

/** The outcome of `authenticateRequest` for a route that accepts `A` (see `acceptsToken`). */
export type RequestState<A extends AcceptsToken | undefined = "session_token"> =
  | SignedInState<AcceptedTokenType<A>>
  | SignedOutState<AcceptedTokenType<A>, A extends readonly unknown[] ? true : false>
  // `handshake` only with the handshake plug-in, and only on the cookie path (session routes).
  | ("session_token" extends AcceptedTokenType<A> ? HandshakeState : never);

type AnyState = RequestState<AcceptsToken>;

/**
 * Decides who sent `request`, as `@clerk/backend`'s `authenticateRequest` does (the README lists
 * where clerk-fn is deliberately stricter). Never throws, whatever the request, options or
 * network do. `toAuth()` is typed by `acceptsToken`.
 *
 * Token source: the `Authorization` header (`Bearer <token>`, or a bare token; see
 * `bearerToken`), else the session cookie (`__session`, or with `publishableKey` this
 * instance's suffixed one), which only counts while `__client_uat` says the browser is signed in
 * and is not newer than the token's `iat`. Machine tokens (`ak_`, `mt_`, `oat_`, M2M and OAuth
 * JWTs) are only taken from the header, and only when `acceptsToken` lists their kind.
 *
 * Session tokens and JWT machine tokens are verified as `verifyToken` does (networkless with
 * `jwtKey`); opaque machine tokens through the API's verify operations (M2M tokens with the
 * core's `machineSecretKey` when set).
 */
export async function authenticateRequest<const A extends AcceptsToken = "session_token">(
  core: ClerkCore,
  request: Request,
  options?: AuthenticateRequestOptions<A>,
): Promise<RequestState<A>> {
  try {
    return (await authenticate(core, request, options ?? {})) as RequestState<A>;
  } catch {
    return signedOut("unexpected-error", "The request could not be authenticated because of an unexpected failure.", null, "session_token") as RequestState<A>;
  }
}

const ALL_TYPES: readonly TokenType[] = ["session_token", "api_key", "m2m_token", "oauth_token"];

async function authenticate(core: ClerkCore, request: Request, options: AuthenticateRequestOptions): Promise<AnyState> {
  // Duck-typed: frameworks and polyfills hand in Request-likes whose Headers are not this realm's.
  const headers = (request as { headers?: Headers } | null | undefined)?.headers;
  if (typeof headers?.get !== "function") {
    return signedOut("unexpected-error", "authenticateRequest needs a Request (with Headers).", null, "session_token");
  }
  const accepts = options.acceptsToken ?? "session_token";
  const token = bearerToken(headers);
  if (typeof accepts !== "string") {
    // A list: a token of a kind it does not name is refused before anything is verified.
    const list: readonly unknown[] = Array.isArray(accepts) ? accepts : [];
    const kind = (token !== undefined && machineTokenType(token)) || "session_token";
    if (!list.includes(kind)) {
      return signedOut("token-type-mismatch", `The token is of kind ${kind}; this route accepts ${list.join(", ") || "no kind"}.`, token ?? null, null);
    }
  } else if (accepts !== "any" && !ALL_TYPES.includes(accepts)) {
    return signedOut("token-type-mismatch", "acceptsToken names no known token kind.", token ?? null, null);
  }

  if (token !== undefined) {
    if (accepts === "session_token") return sessionFromHeader(core, token, options);
    if (accepts === "any" || typeof accepts !== "string") {
      const kind = machineTokenType(token);
      if (kind) return machineToken(core, token, kind, options);
      const decoded = decodeJwt(token);
      if (decoded && nonSessionCategory(decoded)) return typeMismatch(token, "session_token", "a JWT template token");
      return verifiedSession(core, token, options);
    }
    const kind = machineTokenType(token);
    if (kind !== accepts) {
      return signedOut("token-type-mismatch", `The token is ${kind ? `of kind ${kind}` : "not a machine token"}; this route accepts ${accepts}.`, token, accepts);
    }
    return machineToken(core, token, kind, options);
  }
  if (accepts !== "session_token" && accepts !== "any" && typeof accepts === "string") {
    return signedOut("machine-token-missing", "No token in the Authorization header; machine tokens are only read from there.", null, accepts);
  }
  // --- handshake plug-in call site (begin) ---
  const plugin = options.handshake;
  if (plugin) {
    const host = handshakeHost(core, request, options);
    return ((await plugin.before(host)) ?? plugin.after(host, (await sessionFromCookie(core, request, headers, options)) as SignedInState | SignedOutState)) as AnyState;
  }
  // --- handshake plug-in call site (end) ---
  return sessionFromCookie(core, request, headers, options);
}

/** What the handshake plug-in may use of this module: verification and the state builders. */
function handshakeHost(core: ClerkCore, request: Request, options: AuthenticateRequestOptions): HandshakeHost {
  return {
    core,
    request,
    options,
    verify: (token, clockSkewInMs) => verifyJwt(core, token, clockSkewInMs === undefined ? options : { ...options, clockSkewInMs }, "session"),
    signedIn: (token, claims, headers) => ({ ...signedInSession(token, claims as SessionClaims, options), headers }) as SignedInState,
    signedOut: (reason, message, token, headers) => ({ ...signedOut(reason, message, token, "session_token"), headers }) as SignedOutState,
  };
}

/** A session route with a token in the header: other JWT classes are refused before verification. */
function sessionFromHeader(core: ClerkCore, token: string, options: AuthenticateRequestOptions): Promise<AnyState> | AnyState {
  const decoded = decodeJwt(token);
  if (decoded) {
    const machine = isJwtFormat(token) ? machineJwtType(decoded) : undefined;
    if (machine) return typeMismatch(token, "session_token", machine === "m2m_token" ? "an M2M token" : "an OAuth access token");
    if (nonSessionCategory(decoded)) return typeMismatch(token, "session_token", "a JWT template token");
  }
  return verifiedSession(core, token, options);
}

async function verifiedSession(core: ClerkCore, token: string, options: AuthenticateRequestOptions): Promise<AnyState> {
  const result = await verifyJwt(core, token, options, "session");
  if (!result.ok) return signedOut(result.error.reason, result.error.message, token, "session_token");
  return signedInSession(token, result.value as SessionClaims, options);
}

/**
 * The cookie path. Each signed-out outcome that `@clerk/backend` would resolve with a handshake
 * on a document request goes through `browserOutcome`, the one place a browser-session plug-in
 * (handshake, refresh, dev-browser sync) takes over; without one it is a plain signed-out state.
 */
async function sessionFromCookie(core: ClerkCore, request: Request, headers: Headers, options: AuthenticateRequestOptions): Promise<AnyState> {
  const { nowMs } = clockOf(options);
  const url = typeof request.url === "string" ? request.url : "";
  const cookie = await cookieSession(url, headers.get("cookie"), options.publishableKey, nowMs);
  const { token, clientUat } = cookie;
  if (cookie.instanceType === "development") {
    if (cookie.devBrowserInQuery) return browserOutcome("dev-browser-sync", "A dev-browser token is being synced through the URL.", token);
    if (!cookie.devBrowser) return browserOutcome("dev-browser-missing", "A development instance needs the dev-browser cookie (__clerk_db_jwt) with session cookies.", token);
  }
  if (!token) {
    const message = "No token in the Authorization header and no session cookie of this instance.";
    return clientUat ? browserOutcome("session-token-missing", message, null) : signedOut("session-token-missing", message, null, "session_token");
  }
  if (!clientUat) return browserOutcome("client-uat-missing", "The session cookie comes without a __client_uat cookie that says the browser is signed in.", token);
  const decoded = decodeJwt(token);
  if (decoded) {
    const machine = isJwtFormat(token) ? machineJwtType(decoded) : undefined;
    if (machine || nonSessionCategory(decoded)) return typeMismatch(token, "session_token", "not a session token");
    // Checked before verification (as Clerk does), so a stale cookie costs no JWKS request.
    const iat = decoded.payload.iat;
    if (typeof iat === "number" && iat < clientUat) {
      return browserOutcome(
        "session-token-iat-before-client-uat",
        "The session cookie was issued before the browser's last sign-in or sign-out (__client_uat); it is outdated.",
        token,
      );
    }
  }
  const result = await verifyJwt(core, token, options, "session", decoded);
  if (!result.ok) {
    const { reason, message } = result.error;
    return reason === "token-expired" || reason === "token-not-active-yet" || reason === "token-iat-in-the-future"
      ? browserOutcome(reason, message, token)
      : signedOut(reason, message, token, "session_token");
  }
  return signedInSession(token, result.value as SessionClaims, options);
}

/** A cookie-path outcome a browser-session plug-in may resolve (a document request); signed out without one. */
function browserOutcome(reason: AuthReason, message: string, token: string | null | undefined): AnyState {
  return signedOut(reason, message, token ?? null, "session_token");
}

async function machineToken(core: ClerkCore, token: string, kind: MachineTokenType, options: AuthenticateRequestOptions): Promise<AnyState> {
  let record: MachineTokenRecord;
  if (isJwtFormat(token)) {
    // JWT machine tokens are signed by the instance key: verified locally like sessions.
    const decoded = decodeJwt(token);
    const jwtKind = decoded && machineJwtType(decoded);
    if (!jwtKind) return signedOut("token-invalid", "The machine token looks like a JWT but is neither an M2M nor an OAuth JWT.", token, kind);
    const result = await verifyJwt(core, token, options, jwtKind === "m2m_token" ? "m2m" : "oauth", decoded);
    if (!result.ok) return signedOut(result.error.reason, result.error.message, token, jwtKind);
    record = recordFromJwt(jwtKind, result.value);
    kind = jwtKind;
  } else {
    const result = await verifyOpaqueMachineToken(core, token, kind, { audience: options.audience, ...clockOf(options) });
    if (!result.ok) return signedOut(result.error.reason, result.error.message, token, kind);
    record = result.value;
  }
  const auth = machineAuth(kind, record);
  return { status: "signed-in", reason: null, message: null, token, tokenType: kind, payload: record.raw, toAuth: () => ({ ...auth }) } as AnyState;
}

function signedInSession(token: string, claims: SessionClaims, options: AuthenticateRequestOptions): AnyState {
  const auth = sessionAuth(claims);
  const toAuth = (opts?: PendingSessionOptions): SessionAuthObject => {
    const pendingSignedOut = opts?.treatPendingAsSignedOut ?? options.treatPendingAsSignedOut ?? true;
    if (pendingSignedOut !== false && auth.sessionStatus === "pending") return signedOutAuth("session_token", "pending") as SessionAuthObject;
    return { ...auth };
  };
  return { status: "signed-in", reason: null, message: null, token, tokenType: "session_token", payload: claims, toAuth } as AnyState;
}

function typeMismatch(token: string, tokenType: TokenType, what: string): AnyState {
  return signedOut("token-type-mismatch", `The token is ${what}, which this route does not accept.`, token, tokenType);
}

function signedOut(reason: AuthReason, message: string, token: string | null, tokenType: TokenType | null): AnyState {
  const auth: AuthObject = signedOutAuth(tokenType);
  return { status: "signed-out", reason, message, token, tokenType, payload: null, toAuth: () => ({ ...auth }) } as AnyState;
}
