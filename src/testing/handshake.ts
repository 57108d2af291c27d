// What the browser flow needs from the Backend API, emulated: handshake payloads behind nonces
// (`GET /clients/handshake_payload`), session refresh with a refresh token
// (`POST /sessions/{session_id}/refresh`), and `startBrowserSession`, which plays the Frontend API's
// part of a handshake (a session, its cookies, the dev-browser token) so a middleware can be tested
// offline end to end.
import { cookieSuffix, issuerFromPublishableKey } from "../auth/cookies.js";
import type { Session } from "../models/session.js";
import { failure, notFound } from "./http.js";
import { CATEGORY_SESSION, signJwt } from "./keys.js";
import type { Routes } from "./router.js";
import { createSession, mintSessionToken } from "./sessions.js";
import type { Env, State } from "./store.js";

/** One browser's handshake, as the Frontend API would complete it. */
export interface BrowserSession {
  readonly sessionId: string;
  /** The `Set-Cookie` directives the Frontend API sets (session, client_uat, refresh, dev browser). */
  readonly directives: readonly string[];
  /** Comes back as `__clerk_handshake_nonce` (in the URL on development, a cookie in production). */
  readonly nonce: string;
  /** The same directives as a signed `__clerk_handshake` JWT (the older, non-nonce form). */
  readonly token: string;
  /** The refresh token behind the `__refresh_<suffix>` cookie. */
  readonly refreshToken: string;
}

/** Options of `startBrowserSession`. */
export interface BrowserSessionOptions {
  readonly userId: string;
  /** The app's publishable key: it names the cookie suffix and, for `pk_test_` keys, adds a dev-browser cookie. */
  readonly publishableKey: string;
  /** An existing session of the user; a new one is created otherwise. */
  readonly sessionId?: string;
  readonly orgId?: string;
  /** `azp` of the session tokens, the app's origin. */
  readonly azp?: string;
}

interface Refreshable {
  readonly sessionId: string;
  readonly suffix: string;
  readonly azp: string | undefined;
}

interface HandshakeStore {
  readonly nonces: Map<string, readonly string[]>;
  readonly refreshTokens: Map<string, Refreshable>;
}

// Per state, so `reset()` (a new state) forgets nonces and refresh tokens with everything else.
const stores = /*#__PURE__*/ new WeakMap<State, HandshakeStore>();

function storeOf(env: Env): HandshakeStore {
  let store = stores.get(env.state);
  if (!store) stores.set(env.state, (store = { nonces: new Map(), refreshTokens: new Map() }));
  return store;
}

function randomToken(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return `${prefix}_${[...bytes].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** The cookie directives of a fresh session token, plain and suffixed as current clerk-js writes them. */
function sessionDirectives(token: string, iat: number, suffix: string): string[] {
  return [
    `__session=${token}; Path=/; SameSite=Lax`,
    `__session_${suffix}=${token}; Path=/; SameSite=Lax`,
    `__client_uat=${iat}; Path=/; Max-Age=315360000; SameSite=Strict`,
    `__client_uat_${suffix}=${iat}; Path=/; Max-Age=315360000; SameSite=Strict`,
  ];
}

/** The dev-browser cookie of development instances, plain and suffixed like the session cookies. */
function devBrowserDirectives(token: string, suffix: string): string[] {
  return [`__clerk_db_jwt=${token}; Path=/; SameSite=Lax`, `__clerk_db_jwt_${suffix}=${token}; Path=/; SameSite=Lax`];
}

/** Plays the Frontend API's handshake for a signed-in user. */
export async function startBrowserSession(env: Env, options: BrowserSessionOptions): Promise<BrowserSession> {
  if (!issuerFromPublishableKey(options.publishableKey)) throw new TypeError("startBrowserSession needs a publishable key (pk_test_… or pk_live_…).");
  let session: Session | undefined;
  if (options.sessionId !== undefined) {
    session = env.state.sessions.get(options.sessionId);
    if (!session || session.user_id !== options.userId || session.status !== "active") {
      throw new TypeError(`No active session ${options.sessionId} of user ${options.userId} in the emulator.`);
    }
  } else {
    session = createSession(env, options.userId, options.orgId);
  }
  const suffix = await cookieSuffix(options.publishableKey);
  const token = await mintSessionToken(env, session, { azp: options.azp });
  const refreshToken = randomToken("rt");
  const store = storeOf(env);
  store.refreshTokens.set(refreshToken, { sessionId: session.id, suffix, azp: options.azp });
  const directives = [
    ...sessionDirectives(token, Math.floor(env.now() / 1000), suffix),
    `__refresh_${suffix}=${refreshToken}; Path=/; HttpOnly; Secure; SameSite=Lax`,
    ...(options.publishableKey.startsWith("pk_test_") ? devBrowserDirectives(randomToken("dvb"), suffix) : []),
  ];
  const nonce = randomToken("nonce");
  store.nonces.set(nonce, directives);
  const handshakeToken = await signJwt(await env.keys(), { handshake: directives }, CATEGORY_SESSION);
  return { sessionId: session.id, directives, nonce, token: handshakeToken, refreshToken };
}

/** The sid of a JWT, read without verifying (the API checks it against the session). */
function sidOf(token: string): unknown {
  try {
    const payload = token.split(".")[1] ?? "";
    return (JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/"))) as { sid?: unknown }).sid;
  } catch {
    return undefined;
  }
}

/**
 * `GET /clients/handshake_payload`: Clerk's SDKs call it, but the pinned spec has no operation for
 * it, so it is kept apart from the operations the emulator models.
 */
export const handshakePayloadRoutes: Routes = {
  "GET /clients/handshake_payload": ({ env, query }) => {
    const nonce = query.str("nonce");
    const directives = nonce === undefined ? undefined : storeOf(env).nonces.get(nonce);
    if (!directives) throw notFound("No handshake payload exists for this nonce.");
    // A nonce is good for one handshake.
    storeOf(env).nonces.delete(nonce!);
    return { object: "handshake_payload", directives };
  },
};

/** The session refresh, modelled: refresh tokens handed out by `startBrowserSession`. */
export const handshakeRoutes: Routes = {
  "POST /sessions/{session_id}/refresh": async ({ env, param, query, body }) => {
    const sessionId = param("session_id");
    const record = storeOf(env).refreshTokens.get(body.required("refresh_token"));
    const session = env.state.sessions.get(sessionId);
    // As the API: every validation failure is a 401, which tells SDKs to fall back to a handshake.
    const refused = (why: string) => failure(401, "authentication_invalid", "Unauthorized request", why);
    if (!record || record.sessionId !== sessionId) throw refused("The refresh token does not belong to this session.");
    if (sidOf(body.required("expired_token")) !== sessionId) throw refused("The expired token does not belong to this session.");
    if (!session || session.status !== "active") throw refused("The session is no longer active.");
    const token = await mintSessionToken(env, session, { azp: record.azp });
    if (body.str("format") !== "cookie") return { object: "token", jwt: token };
    const iat = Math.floor(env.now() / 1000);
    const cookies = sessionDirectives(token, iat, record.suffix);
    return { object: "cookies", cookies: query.str("suffixed_cookies") === "true" ? cookies : cookies.filter((_, i) => i % 2 === 0) };
  },
};
