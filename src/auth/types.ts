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
  /** When set, the token's `aud` (string or list) must contain this value (or one of these). */
  readonly audience?: string | readonly string[] | undefined;
  /** When set, `iss` must equal it exactly (e.g. `https://clerk.example.com`). */
  readonly issuer?: string | undefined;
  /** Tolerance for `exp`, `nbf` and `iat`, in ms. Default 5000. */
  readonly clockSkewInMs?: number | undefined;
  /** The clock, in ms since the epoch (tests pin it). Default `Date.now`. */
  readonly now?: (() => number) | undefined;
}
