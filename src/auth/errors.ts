/**
 * Why a token was not accepted. Stable strings: match on them, they do not change between
 * releases (the message may).
 *
 * - `token-invalid`: not a compact JWS, undecodable header or payload, a `typ` other than `JWT`
 *   (`at+jwt` for OAuth JWTs), a category (`cat`) of another token class, a missing or
 *   non-numeric `exp`, a `sub` that is not a string; for opaque machine tokens: the API does not
 *   know the token (404).
 * - `token-invalid-algorithm`: the header's `alg` is not `RS256` (checked before any key is used).
 * - `token-invalid-signature`: the signature does not verify with the instance key.
 * - `token-expired`: `exp` (plus the clock skew) has passed; a machine token the API reports expired.
 * - `token-not-active-yet`: `nbf` is later than now plus the clock skew.
 * - `token-iat-in-the-future`: `iat` is later than now plus the clock skew.
 * - `token-invalid-authorized-parties`: `authorizedParties` is set and `azp` is missing, empty or not listed.
 * - `token-invalid-audience`: `audience` is set and `aud` does not contain it.
 * - `token-invalid-issuer`: `issuer` is set and `iss` differs.
 * - `token-revoked`: the API reports the machine token revoked.
 * - `jwk-kid-mismatch`: no key with the token's `kid` in the JWKS, also after the refetch allowed per cool-down.
 * - `jwk-failed-to-load`: `GET /jwks` failed (or failed within the last cool-down), or a JWK could not be imported.
 * - `jwt-key-invalid`: the `jwtKey` option is not a PEM/SPKI RSA public key.
 * - `secret-key-missing`: the core has no secret key and none of `jwtKey` / `machineSecretKey` helps.
 * - `secret-key-invalid`: the API refused the secret key (401) for `GET /jwks` or a machine-token verify call.
 * - `token-verification-failed`: the machine-token verify call failed (network, timeout, 5xx, an
 *   answer without a subject).
 */
export type TokenVerificationReason =
  | "token-invalid"
  | "token-invalid-algorithm"
  | "token-invalid-signature"
  | "token-expired"
  | "token-not-active-yet"
  | "token-iat-in-the-future"
  | "token-invalid-authorized-parties"
  | "token-invalid-audience"
  | "token-invalid-issuer"
  | "token-revoked"
  | "jwk-kid-mismatch"
  | "jwk-failed-to-load"
  | "jwt-key-invalid"
  | "secret-key-missing"
  | "secret-key-invalid"
  | "token-verification-failed";

/**
 * A token was rejected. `reason` is stable; `message` says what to do and never contains the
 * token, its signature or a secret key. The underlying failure (an API or transport error, a jose
 * error) is kept as `cause`.
 */
export class TokenVerificationError extends Error {
  readonly kind = "token-verification" as const;
  override readonly name = "TokenVerificationError";
  readonly reason: TokenVerificationReason;
  constructor(reason: TokenVerificationReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }
}

/** Shorthand used across `src/auth` so every rejection is built the same way. */
export function tokenError(reason: TokenVerificationReason, message: string, cause?: unknown): TokenVerificationError {
  return new TokenVerificationError(reason, message, cause === undefined ? undefined : { cause });
}
