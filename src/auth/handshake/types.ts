// The contract between authenticateRequest and the browser-session (handshake) plug-in. The host
// (src/auth/authenticateRequest.ts) only knows this interface; the plug-in's code is bundled only
// by apps that import `handshake` and pass it in the options.
import type { ClerkCore } from "../../core/core.js";
import type { Result } from "../../core/result.js";
import type { AuthObject } from "../authObjects.js";
import type { AuthReason, SignedInState, SignedOutState } from "../authenticateRequest.js";
import type { TokenVerificationError } from "../errors.js";
import type { VerifiedClaims, VerifyTokenOptions } from "../types.js";

/**
 * The options of `authenticateRequest` that browser sessions read, with @clerk/backend's names.
 * Without the `handshake` plug-in they are ignored.
 */
export interface HandshakeOptions {
  /** Your sign-in page (absolute on satellites: it is on the primary domain). */
  readonly signInUrl?: string | undefined;
  /** Your sign-up page. */
  readonly signUpUrl?: string | undefined;
  /** This app is a satellite of a primary domain (multi-domain). Needs `domain` or `proxyUrl`. */
  readonly isSatellite?: boolean | undefined;
  /** The satellite's domain, e.g. `satellite.dev` (production: its Frontend API is `clerk.<domain>`). */
  readonly domain?: string | undefined;
  /** The Frontend API proxy, absolute (`https://app.example.com/__clerk`) or relative to this app (`/__clerk`). */
  readonly proxyUrl?: string | undefined;
  /**
   * Satellites: sync with the primary on the first visit even when the browser has no cookies for
   * this domain yet. Default `false` (as @clerk/backend 3): only after sign-in (`__clerk_synced=false`).
   */
  readonly satelliteAutoSync?: boolean | undefined;
  /** The plug-in itself: `import { handshake } from "clerk-fn/auth"`. */
  readonly handshake?: HandshakePlugin | undefined;
}

/**
 * Why a request gets the `handshake` status, as @clerk/backend names it (it is also sent to the
 * Frontend API as `__clerk_hs_reason`). When the redirect-loop guard stops a handshake, the
 * request is signed out with the same reason.
 *
 * `handshake-options-invalid` is clerk-fn's own: the plug-in is passed but the options cannot work
 * (no valid publishable key; a satellite without `domain`/`proxyUrl`, or without an absolute
 * `signInUrl` on another origin on development instances). @clerk/backend throws there.
 */
export type HandshakeReason =
  | "client-uat-but-no-session-token"
  | "dev-browser-missing"
  | "dev-browser-sync"
  | "primary-responds-to-syncing"
  | "primary-domain-cross-origin-sync"
  | "satellite-needs-syncing"
  | "session-token-but-no-client-uat"
  | "session-token-iat-before-client-uat"
  | "session-token-nbf"
  | "session-token-iat-in-the-future"
  | `session-token-expired-refresh-${string}`
  | "handshake-options-invalid";

/**
 * The browser must go through Clerk's Frontend API first: answer with a redirect built from
 * `headers` (`Location`, `Set-Cookie`, `Cache-Control: no-store`), e.g.
 * `new Response(null, { status: 307, headers: state.headers })`.
 */
export interface HandshakeState {
  readonly status: "handshake";
  readonly reason: HandshakeReason;
  readonly message: string;
  readonly token: null;
  readonly tokenType: "session_token";
  readonly payload: null;
  readonly headers: Headers;
  /** A signed-out auth object: nobody is authenticated until the browser comes back. */
  toAuth(): AuthObject;
}

/** What authenticateRequest hands the plug-in: the request and its own verification and verdicts. */
export interface HandshakeHost {
  readonly core: ClerkCore;
  readonly request: Request;
  readonly options: HandshakeOptions & VerifyTokenOptions & { readonly publishableKey?: string | undefined };
  /** Verifies a session token exactly as the cookie path does (`clockSkewInMs` overridable). */
  verify(token: string, clockSkewInMs?: number): Promise<Result<VerifiedClaims, TokenVerificationError>>;
  /** The host's signed-in state for verified claims, carrying `headers`. */
  signedIn(token: string, claims: VerifiedClaims, headers: Headers): SignedInState;
  /** The host's signed-out state, carrying `headers`. */
  signedOut(reason: AuthReason, message: string, token: string | null, headers: Headers): SignedOutState;
}

/** The two points of the cookie path where Clerk's browser flow decides. */
export interface HandshakePlugin {
  /**
   * Before the cookie path: resolves a returning handshake (any request), and settles page loads
   * entirely by Clerk's rules (dev browser, satellites and multi-domain sync, cookie presence and
   * staleness, verification of the cookie Clerk's rules choose, refresh, cross-origin sync).
   * `undefined` for other requests: the cookie path decides, then `after`.
   */
  before(host: HandshakeHost): Promise<SignedInState | SignedOutState | HandshakeState | undefined>;
  /** After the cookie path decided a request that is not a page load: refresh an expired token on GET. */
  after(host: HandshakeHost, outcome: SignedInState | SignedOutState): Promise<SignedInState | SignedOutState | HandshakeState>;
}
