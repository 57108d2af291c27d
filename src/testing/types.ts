// The public types of clerk-fn/testing: options, the emulator's interface, what it records.
import type { OAuthAccessTokenOptions } from "./machineTokens.js";
import type { BrowserSession, BrowserSessionOptions } from "./handshake.js";
import type { UsersCreateRequest } from "../funcs/usersCreate.js";
import type { EmulatorEvent } from "./store.js";

export type { EmulatorEvent } from "./store.js";

/** A user to create up front: the body of `POST /users` (wire names), and optionally its id. */
export interface SeedUser extends UsersCreateRequest {
  readonly id?: string;
}

/** An organization to create up front, with its members. */
export interface SeedOrganization {
  readonly id?: string;
  readonly name: string;
  readonly slug?: string;
  /** The creator becomes a member with the `org:admin` role. */
  readonly created_by?: string;
  readonly max_allowed_memberships?: number;
  readonly public_metadata?: Record<string, unknown>;
  readonly private_metadata?: Record<string, unknown>;
  readonly members?: readonly { readonly user_id: string; readonly role: string }[];
}

/** A request the emulator received, for assertions. The secret key is never recorded. */
export interface RecordedRequest {
  readonly method: string;
  /** The path without the `/v1` prefix, e.g. `/users/user_123`. */
  readonly path: string;
  /** The route it matched, e.g. `GET /users/{user_id}`; `undefined` for unknown paths. */
  readonly route: string | undefined;
  /** Query parameters; a repeated key gives a list. */
  readonly query: Readonly<Record<string, string | readonly string[]>>;
  /** The parsed JSON body, a `FormData` for uploads, or `undefined`. */
  readonly body: unknown;
  /** The status the emulator answered with. */
  readonly status: number;
  /** `true` when the answer was a placeholder (an operation the emulator does not model). */
  readonly placeholder: boolean;
}

/** What a custom handler (`handlers` option, `override()`) receives. */
export interface EmulatorRequest {
  readonly method: string;
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: unknown;
  /** The original request (headers included). */
  readonly request: Request;
}

/**
 * A custom route: return a `Response` to answer exactly that, or any other value to answer it as
 * a 200 JSON body. Returning `undefined` passes the request on to the built-in behaviour.
 */
export type EmulatorHandler = (request: EmulatorRequest) => unknown;

/** Options of {@link createClerkEmulator}. */
export interface ClerkEmulatorOptions {
  /** The only secret key accepted. Default: any `sk_test_…` / `sk_live_…` key. */
  readonly secretKey?: string;
  /** Users that exist from the start (and again after `reset()`). */
  readonly users?: readonly SeedUser[];
  /** Organizations that exist from the start, created after `users`. */
  readonly organizations?: readonly SeedOrganization[];
  /** Makes ids deterministic: the same seed gives the same ids, run after run and after `reset()`. */
  readonly seed?: number;
  /** The clock for timestamps in records and tokens, in ms. Default `Date.now`. */
  readonly now?: () => number;
  /**
   * At most `requests` requests per `windowMs` (real time); beyond that, 429 with `Retry-After`
   * (whole seconds until a slot frees up), as Clerk answers.
   */
  readonly rateLimit?: { readonly requests: number; readonly windowMs: number };
  /** Waits this long before answering each request (honouring the request's signal), to test timeouts. */
  readonly latencyMs?: number;
  /**
   * Role key → permission keys. Defaults to Clerk's `org:admin` and `org:member`. Custom
   * permissions (not `org:sys_…`) of the active organization's role appear in session tokens.
   */
  readonly roles?: Readonly<Record<string, readonly string[]>>;
  /** `iss` of the session tokens. Default `https://emulated.clerk.accounts.dev`. */
  readonly issuer?: string;
  /** Custom routes by `"METHOD /path/{param}"`; they win over built-in ones. */
  readonly handlers?: Readonly<Record<string, EmulatorHandler>>;
  /** The webhook signing secret (`whsec_…`) `signWebhook` uses. Default: a random one. */
  readonly webhookSigningSecret?: string;
}

/** What {@link ClerkEmulator.createSessionToken} signs. */
export interface SessionTokenOptions {
  /** The signed-in user; must exist in the emulator. */
  readonly userId: string;
  /** An existing active session of that user. Default: a new session is created. */
  readonly sessionId?: string;
  /** An organization the user is a member of, made active in the session (the `o` claim). */
  readonly orgId?: string;
  /** The origin the token was minted for (`azp`). */
  readonly azp?: string;
  /** Default 60, Clerk's session token lifetime. */
  readonly expiresInSeconds?: number;
  /** Custom claims, merged over the standard ones. */
  readonly claims?: Readonly<Record<string, unknown>>;
}

/** A signed webhook delivery: send `payload` as the body with `headers`. */
export interface SignedWebhook {
  readonly payload: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** An in-memory Clerk Backend API. */
export interface ClerkEmulator {
  /** Pass as `new ClerkCore({ secretKey, fetch: emulator.fetch })`. Never touches the network. */
  readonly fetch: typeof fetch;
  /** A secret key the emulator accepts (`options.secretKey`, or a test key). */
  readonly secretKey: string;
  readonly instanceId: string;
  /** The emulated M2M machine (`mch_…`): `POST /m2m_tokens` with its key issues tokens for it. */
  readonly machineId: string;
  /** That machine's secret key, for `new ClerkCore({ machineSecretKey })`. */
  readonly machineSecretKey: string;
  /**
   * Issues an opaque OAuth access token (`oat_…`) for a user, as Clerk's OAuth flow would; the
   * emulator's `POST /oauth_applications/access_tokens/verify` then knows it (until revoked or expired).
   */
  createOAuthAccessToken(options: OAuthAccessTokenOptions): { readonly id: string; readonly token: string };
  /** Revokes an OAuth access token (by id or token); `false` when the emulator never issued it. */
  revokeOAuthAccessToken(idOrToken: string): boolean;
  /** `iss` of the tokens it signs. */
  readonly issuer: string;
  /** The secret `signWebhook` signs with, for `verifyWebhook(…, { signingSecret })`. */
  readonly webhookSigningSecret: string;
  /** Every request received since creation or the last `reset()`, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** The webhook events Clerk would have sent for the changes made so far, oldest first. */
  readonly events: readonly EmulatorEvent[];
  /** Signs a session token (RS256, the JWKS key) for a user, creating a session unless given one. */
  createSessionToken(options: SessionTokenOptions): Promise<string>;
  /** A development publishable key of this instance (its Frontend API is the issuer's host). */
  readonly publishableKey: string;
  /**
   * Plays the Frontend API's side of a handshake for a signed-in user: a session and the cookies
   * a browser would get, behind a nonce that `GET /clients/handshake_payload` resolves, as a signed
   * `__clerk_handshake` token too, with a refresh token that `POST /sessions/{id}/refresh` accepts.
   */
  startBrowserSession(options: BrowserSessionOptions): Promise<BrowserSession>;
  /** The instance's public key as SPKI PEM, for networkless verification (`jwtKey`). */
  publicKeyPem(): Promise<string>;
  /** Signs an event (e.g. one of `events`) as Clerk's webhooks are signed (Svix headers). */
  signWebhook(event: unknown): Promise<SignedWebhook>;
  /** Adds or replaces a custom route until the next `reset()`. */
  override(route: string, handler: EmulatorHandler): void;
  /** Back to the seeded state: data, ids, requests, events, rate limit and overrides. Keys stay. */
  reset(): void;
}
