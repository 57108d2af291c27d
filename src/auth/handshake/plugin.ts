// The browser-session plug-in: @clerk/backend's cookie-path rules for page loads (returning
// handshakes, dev browser, satellites and multi-domain sync, stale or missing cookies, refresh,
// cross-origin navigations), at the two points authenticateRequest offers.
import type { SignedInState, SignedOutState } from "../authenticateRequest.js";
import { checkClaims, decodeJwt, machineJwtType, nonSessionCategory } from "../jwt.js";
import type { TokenVerificationError } from "../errors.js";
import { flowContext, isCrossOriginReferrer, isDocumentRequest, isKnownClerkReferrer, NAMES, type ContextProblem, type FlowContext } from "./context.js";
import { handshakeOrSignedOut } from "./redirect.js";
import { refreshSession, resolveHandshake } from "./resolve.js";
import type { HandshakeHost, HandshakePlugin, HandshakeState } from "./types.js";

type State = SignedInState | SignedOutState | HandshakeState;

// One context per authenticateRequest call, shared by `before` and `after`.
const contexts = /*#__PURE__*/ new WeakMap<HandshakeHost, Promise<FlowContext | ContextProblem>>();

// Requests that are not page loads but that Clerk would have signed out before verification.
const stoppedEarly = /*#__PURE__*/ new WeakSet<HandshakeHost>();

function contextOf(host: HandshakeHost): Promise<FlowContext | ContextProblem> {
  let ctx = contexts.get(host);
  if (!ctx) contexts.set(host, (ctx = flowContext(host)));
  return ctx;
}

async function before(host: HandshakeHost): Promise<State | undefined> {
  const ctx = await contextOf(host);
  if ("problem" in ctx) return host.signedOut("handshake-options-invalid", ctx.problem, null, new Headers());

  // 1. The browser is back from the Frontend API: its cookies decide, whatever kind of request.
  if (ctx.handshakeNonce || ctx.handshakeToken) {
    const resolved = await resolveHandshake(host, ctx);
    if (resolved.kind === "state") return resolved.state;
    if (resolved.kind === "fatal") {
      const hint = resolved.error.reason === "token-invalid-signature" ? " If you switched Clerk keys locally, clear the cookies and try again." : "";
      return host.signedOut(resolved.error.reason, `The handshake token could not be verified: ${resolved.error.message}${hint}`, null, new Headers());
    }
  }
  const early = cookieRules(host, ctx);
  if (isDocumentRequest(ctx)) {
    // Page loads are decided here to the end, on the cookie Clerk's rules chose.
    if (early) return early;
    const token = ctx.sessionToken!;
    const verified = await host.verify(token);
    const outcome = verified.ok
      ? host.signedIn(token, verified.value, new Headers())
      : host.signedOut(verified.error.reason, verified.error.message, token, new Headers());
    return settle(host, ctx, outcome, true);
  }
  // Other requests keep authenticateRequest's own verdict. Where Clerk would have stopped before
  // verifying, they are not refreshed either (see `after`).
  if (early) stoppedEarly.add(host);
  return undefined;
}

/** Clerk's rules before verification, for a page load: a verdict, or `undefined` to verify the cookie. */
function cookieRules(host: HandshakeHost, ctx: FlowContext): State | undefined {
  const hasSession = ctx.sessionToken !== undefined;
  const hasClient = ctx.clientUat !== 0;
  // 2. Satellites: sync with the primary domain (after sign-in, or on every first visit with satelliteAutoSync).
  const synced = ctx.url.searchParams.get(NAMES.synced);
  const needsSync = synced === "false";
  if (ctx.isSatellite && ctx.secFetchDest === "document" && ctx.method === "GET" && synced !== "true") {
    const hasCookies = hasSession || hasClient;
    if (!ctx.satelliteAutoSync && !hasCookies && !needsSync) {
      return host.signedOut("session-token-missing", "A satellite without cookies waits for sign-in before syncing (satelliteAutoSync is off).", null, new Headers());
    }
    if (!hasCookies || needsSync) {
      if (ctx.instanceType === "production") return handshakeOrSignedOut(host, ctx, "satellite-needs-syncing", "");
      // Development instances have no shared cookie domain: the primary's sign-in page syncs.
      if (!ctx.signInUrl) return host.signedOut("handshake-options-invalid", "A satellite on a development instance needs signInUrl.", null, new Headers());
      const signIn = new URL(ctx.signInUrl);
      signIn.searchParams.append(NAMES.redirectUrl, ctx.url.toString());
      return handshakeOrSignedOut(host, ctx, "satellite-needs-syncing", "", signIn.toString());
    }
  }
  // 3. Development primary answering a satellite's sync: back to it with the dev-browser token.
  const back = ctx.url.searchParams.get(NAMES.redirectUrl);
  if (ctx.instanceType === "development" && !ctx.isSatellite && back) {
    let target: URL | undefined;
    try {
      target = new URL(back);
    } catch {
      target = undefined;
    }
    if (target) {
      if (ctx.devBrowserToken) target.searchParams.append(NAMES.devBrowser, ctx.devBrowserToken);
      // set, not append: a __clerk_synced=false already in the URL would start the sync again.
      target.searchParams.set(NAMES.synced, "true");
      return handshakeOrSignedOut(host, ctx, "primary-responds-to-syncing", "", target.toString());
    }
  }
  // 4. Development instances: the dev-browser token identifies the browser to the Frontend API.
  if (ctx.instanceType === "development") {
    if (ctx.url.searchParams.has(NAMES.devBrowser)) return handshakeOrSignedOut(host, ctx, "dev-browser-sync", "");
    if (!ctx.devBrowserToken) return handshakeOrSignedOut(host, ctx, "dev-browser-missing", "");
  }
  // 5. Cookies that disagree: the Frontend API knows the truth.
  if (!hasClient && !hasSession) {
    return host.signedOut("session-token-missing", "No session cookie and no signed-in client (__client_uat) for this instance.", null, new Headers());
  }
  if (!hasClient) return handshakeOrSignedOut(host, ctx, "session-token-but-no-client-uat", "");
  if (!hasSession) return handshakeOrSignedOut(host, ctx, "client-uat-but-no-session-token", "");
  const decoded = decodeJwt(ctx.sessionToken);
  // Malformed tokens are refused by verification itself; other token classes (a JWT template,
  // an M2M or OAuth JWT) are not sessions, before any staleness rule, as Clerk decides.
  if (!decoded) return undefined;
  if (machineJwtType(decoded) || nonSessionCategory(decoded)) {
    return host.signedOut("token-type-mismatch", "The session cookie holds a token that is not a session token.", null, new Headers());
  }
  const iat = decoded.payload.iat;
  if (typeof iat === "number" && iat < ctx.clientUat) return handshakeOrSignedOut(host, ctx, "session-token-iat-before-client-uat", "");
  return undefined;
}

// Requests that are not page loads reach `after` (page loads are settled in `before`): only the
// refresh of an expired cookie token applies to them.
async function after(host: HandshakeHost, outcome: SignedInState | SignedOutState): Promise<State> {
  const ctx = await contextOf(host);
  if ("problem" in ctx || stoppedEarly.has(host)) return outcome;
  return settle(host, ctx, outcome, isDocumentRequest(ctx));
}

/** Clerk's rules after verification: refresh, handshake for time problems, cross-origin sync. */
async function settle(host: HandshakeHost, ctx: FlowContext, outcome: SignedInState | SignedOutState, page: boolean): Promise<State> {
  if (outcome.status === "signed-in") {
    // A primary domain reached from a satellite by a page load: sync that satellite's session.
    const fromSatellite =
      page && !ctx.isSatellite && ctx.secFetchDest === "document" && isCrossOriginReferrer(ctx) && !isKnownClerkReferrer(ctx) && ctx.redirectCount === 0;
    return fromSatellite
      ? handshakeOrSignedOut(host, ctx, "primary-domain-cross-origin-sync", "Cross-origin request from satellite domain requires handshake")
      : outcome;
  }
  // Clerk checks azp, aud, iss and sub before the times: a token that is both out of date and not
  // for this app is refused, never refreshed nor sent through a handshake.
  const claimProblem = timeReasons.has(outcome.reason) ? claimsProblem(host, outcome.token) : undefined;
  if (claimProblem) return host.signedOut(claimProblem.reason, claimProblem.message, outcome.token, outcome.headers ?? new Headers());
  if (outcome.reason === "token-expired") {
    let refreshError: string;
    if (ctx.refreshToken && ctx.method === "GET") {
      const refreshed = await refreshSession(host, ctx);
      if ("state" in refreshed) return refreshed.state;
      refreshError = refreshed.error;
    } else {
      refreshError = ctx.method !== "GET" ? "non-eligible-non-get" : "non-eligible-no-refresh-cookie";
    }
    return page ? handshakeOrSignedOut(host, ctx, `session-token-expired-refresh-${refreshError}`, outcome.message) : outcome;
  }
  if (page && outcome.reason === "token-not-active-yet") return handshakeOrSignedOut(host, ctx, "session-token-nbf", outcome.message);
  if (page && outcome.reason === "token-iat-in-the-future") return handshakeOrSignedOut(host, ctx, "session-token-iat-in-the-future", outcome.message);
  return outcome;
}

const timeReasons: ReadonlySet<string> = /*#__PURE__*/ new Set(["token-expired", "token-not-active-yet", "token-iat-in-the-future"]);

function claimsProblem(host: HandshakeHost, token: string | null): TokenVerificationError | undefined {
  const decoded = token === null ? undefined : decodeJwt(token);
  if (!decoded) return undefined;
  const { authorizedParties, audience, issuer } = host.options;
  // Only the claims that say whom the token is for: an infinite skew leaves the times out.
  return checkClaims(decoded.payload, { authorizedParties, audience, issuer, nowMs: 0, skewMs: Number.POSITIVE_INFINITY });
}

/**
 * Browser sessions for `authenticateRequest`, as @clerk/backend runs them: pass it with the
 * publishable key, and answer a `handshake` state with a redirect built from its headers.
 *
 * ```ts
 * const state = await authenticateRequest(core, request, { publishableKey, handshake });
 * if (state.status === "handshake") return new Response(null, { status: 307, headers: state.headers });
 * ```
 *
 * Page loads (GET with `Sec-Fetch-Dest: document`/`iframe`, or `Accept: text/html`) get the
 * handshake; other requests are decided as without the plug-in, except that a GET whose cookie
 * token expired is refreshed when the browser has a refresh cookie, and a returning handshake is
 * always resolved. `Authorization: Bearer` requests never reach the plug-in.
 */
export const handshake: HandshakePlugin = { before, after };
