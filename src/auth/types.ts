import type { CustomJwtSessionClaims } from "../core/augment.js";

/** The kinds of token `authenticateRequest` knows. */
export type TokenType = "session_token" | "api_key" | "m2m_token" | "oauth_token";

/** The machine kinds among `TokenType`. */
export type MachineTokenType = Exclude<TokenType, "session_token">;

/**
 * Decoded JWT claims. Clerk's well-known claims are typed; every other claim (custom session
 * claims, `o`, `fea`, …) is kept as it came.
 */
export interface JwtClaims {
  readonly sub?: string;
  readonly exp?: number;
  readonly nbf?: number;
  readonly iat?: number;
  readonly iss?: string;
  readonly aud?: string | readonly string[];
  readonly azp?: string;
  readonly jti?: string;
  /** Session id. */
  readonly sid?: string;
  /** Session token version (2 for the compact `o` organization claim). */
  readonly v?: number;
  readonly [claim: string]: unknown;
}

/** The claims of a verified token: `sub` and `exp` are always present. */
export interface VerifiedClaims extends JwtClaims {
  readonly sub: string;
  readonly exp: number;
}

/** The v2 organization claim (`o`) of a session token. */
export interface OrganizationClaim {
  readonly id: string;
  /** Slug. */
  readonly slg?: string;
  /** Role without the `org:` prefix. */
  readonly rol?: string;
  /** Permission names, comma-separated. */
  readonly per?: string;
  /** One decimal bitmask per org feature of `fea`: which of `per` the member has in it. */
  readonly fpm?: string;
}

/**
 * The claims of a verified session token, with your own claims typed through
 * `CustomJwtSessionClaims` (module augmentation, see the README).
 */
export type SessionClaims = VerifiedClaims & {
  /** Session status: `active`, or `pending` while the user still has a task to complete. */
  readonly sts?: "active" | "pending" | (string & {});
  /** Impersonation: who acts as the user. */
  readonly act?: ActorClaim;
  readonly o?: OrganizationClaim;
  /** Features, comma-separated with their scope: `u:chat,o:invoices`. */
  readonly fea?: string;
  /** Plans, same layout as `fea`. */
  readonly pla?: string;
  /** Minutes since the first and second factor were verified (`-1`: not enabled). */
  readonly fva?: readonly [number, number];
} & CustomJwtSessionClaims;

/** The `act` claim of an impersonation session. */
export interface ActorClaim {
  readonly sub: string;
  readonly [claim: string]: unknown;
}

/**
 * Where verified JWKS answers may also be kept, so fresh isolates and other processes skip
 * `GET /jwks` (see `jwksWebCache` for the Web Cache API). Keys never contain a secret; values are
 * the public JWKS as JSON text. Failures of the store are ignored (the API is asked instead).
 */
export interface JwksStore {
  get(key: string): Promise<string | undefined | null> | string | undefined | null;
  set(key: string, value: string, ttlMs: number): Promise<void> | void;
}

/** Options of `verifyToken`; `authenticateRequest` takes the same ones and more. */
export interface VerifyTokenOptions {
  /**
   * The instance's PEM public key (SPKI, "JWT public key" in the Clerk Dashboard, `CLERK_JWT_KEY`).
   * With or without line breaks, `\n` escapes or the BEGIN/END lines. When set, verification is
   * networkless: no JWKS request is ever sent and no secret key is needed.
   */
  readonly jwtKey?: string | undefined;
  /**
   * Origins allowed to have minted the session (`azp`), e.g. `["https://example.com"]`, compared
   * exactly. When non-empty, a token without `azp` is rejected. An empty list means no check.
   */
  readonly authorizedParties?: readonly string[] | undefined;
  /**
   * When set, the token's `aud` (string or list) must contain this value (or one of these). A
   * token without `aud` is refused too (Clerk lets it pass; see the README's differences).
   */
  readonly audience?: string | readonly string[] | undefined;
  /** When set, `iss` must equal it (or one of them) exactly, e.g. `https://clerk.example.com`. */
  readonly issuer?: string | readonly string[] | undefined;
  /** Tolerance for `exp`, `nbf` and `iat`, in ms. Default 5000. */
  readonly clockSkewInMs?: number | undefined;
  /** The clock, in ms since the epoch (tests pin it). Default `Date.now`. */
  readonly now?: (() => number) | undefined;
  /** A second-level store for the JWKS (shared across isolates); the in-memory cache comes first. */
  readonly jwksCache?: JwksStore | undefined;
}
