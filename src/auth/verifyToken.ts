import type { ClerkCore } from "../core/core.js";
import { err, ok, type Result } from "../core/result.js";
import { rs256Valid } from "./crypto.js";
import { tokenError, TokenVerificationError } from "./errors.js";
import { asVerified, CATEGORY_M2M, checkClaims, decodeJwt, malformed, OAUTH_JWT_TYPES, type DecodedJwt } from "./jwt.js";
import { localKey } from "./localKey.js";
import type { VerifiedClaims, VerifyTokenOptions } from "./types.js";

/** The default tolerance for `exp`, `nbf` and `iat`. */
export const DEFAULT_CLOCK_SKEW_MS = 5000;

/**
 * Verifies a JWT of the instance, as `@clerk/backend`'s `verifyToken` does: session tokens, JWT
 * template tokens, and M2M JWTs without Clerk's M2M category. Refused: M2M JWTs with that category
 * and OAuth `at+jwt` tokens (`token-invalid`; `authenticateRequest` with `acceptsToken` verifies
 * those), so a machine credential is never taken for a user's.
 *
 * Checks, in this order: structure; category; `typ` (absent or `JWT`); `alg` is RS256 (`none`,
 * `HS*`, `RS384` … are refused before any key is looked up); the key by `kid`; signature; then
 * `sub`, `audience`, `azp` against `authorizedParties`, `issuer`, and `exp` / `nbf` / `iat` with
 * `clockSkewInMs`.
 *
 * With `jwtKey` nothing is sent. Otherwise the instance's JWKS is loaded with the core's secret
 * key, API URL and fetch, and cached for every core of that instance (see `jwksCache`). Never
 * throws: failures are a `TokenVerificationError` with a stable `reason`.
 */
export async function verifyToken(
  core: ClerkCore,
  token: string,
  options?: VerifyTokenOptions,
): Promise<Result<VerifiedClaims, TokenVerificationError>> {
  return verifyJwt(core, token, options ?? {}, "session");
}

/**
 * How a JWT class is verified. `session`: `verifyToken` (and session tokens in requests);
 * `m2m` / `oauth`: the JWT forms of machine tokens, which Clerk checks without `azp` and `iss`
 * (an M2M token has no browser origin, the `azp` of an OAuth token is its client).
 */
export type JwtMode = "session" | "m2m" | "oauth";

/** The JWT pipeline shared by sessions, templates and the JWT forms of M2M and OAuth tokens. */
export async function verifyJwt(
  core: ClerkCore,
  token: string,
  options: VerifyTokenOptions,
  mode: JwtMode,
  decoded: DecodedJwt | undefined = decodeJwt(token),
): Promise<Result<VerifiedClaims, TokenVerificationError>> {
  try {
    if (!decoded) return err(malformed());
    const { header, payload } = decoded;
    const cat = header.cat;
    if (mode === "m2m" ? cat !== undefined && cat !== CATEGORY_M2M : cat === CATEGORY_M2M) {
      return err(tokenError("token-invalid", mode === "m2m" ? "The token's category is not the M2M one." : "The token is an M2M token, not a session token."));
    }
    const typ = header.typ;
    if (mode === "oauth" ? !OAUTH_JWT_TYPES.includes(typ as string) : typ !== undefined && typ !== "JWT") {
      return err(tokenError("token-invalid", `The token's type (typ) is not ${mode === "oauth" ? "at+jwt" : "JWT"}.`));
    }
    if (header.alg !== "RS256") {
      return err(tokenError("token-invalid-algorithm", "The token's algorithm (alg) is not RS256; only RS256 tokens are accepted."));
    }
    const { nowMs, skewMs } = clockOf(options);

    const signature = await checkSignature(core, token, decoded, options, nowMs);
    if (signature) return err(signature);

    const problem = checkClaims(payload, {
      authorizedParties: mode === "session" ? options.authorizedParties : undefined,
      audience: options.audience,
      issuer: mode === "session" ? options.issuer : undefined,
      nowMs,
      skewMs,
    });
    return problem ? err(problem) : ok(asVerified(payload));
  } catch (thrown) {
    // Defensive: every step above reports its own failures; this keeps the never-throws promise.
    return err(tokenError("token-verification-failed", "The token could not be verified because of an unexpected failure.", thrown));
  }
}

/**
 * The time and tolerance to check against. Values that are not finite non-negative numbers fall
 * back to the defaults: a `NaN` would make every time comparison false and accept expired tokens.
 */
export function clockOf(options: Pick<VerifyTokenOptions, "now" | "clockSkewInMs">): { nowMs: number; skewMs: number } {
  const skew = options.clockSkewInMs;
  const skewMs = typeof skew === "number" && Number.isFinite(skew) && skew >= 0 ? skew : DEFAULT_CLOCK_SKEW_MS;
  const now = typeof options.now === "function" ? options.now() : Date.now();
  return { nowMs: typeof now === "number" && Number.isFinite(now) ? now : Date.now(), skewMs };
}

async function checkSignature(
  core: ClerkCore,
  token: string,
  { header }: DecodedJwt,
  options: VerifyTokenOptions,
  nowMs: number,
): Promise<TokenVerificationError | undefined> {
  if (options.jwtKey !== undefined) {
    // Networkless: the key is the caller's, a `kid` is not needed to find it.
    const key = await localKey(core, options.jwtKey);
    if (key instanceof TokenVerificationError) return key;
    return (await rs256Valid(token, key)) ? undefined : invalidSignature();
  }
  const secretKey = core.secretKey;
  if (!secretKey) {
    return tokenError("secret-key-missing", "Pass jwtKey, or give the ClerkCore a secret key so the instance's JWKS can be loaded.");
  }
  const kid = header.kid;
  // No key can match a token without a kid: nothing is fetched for it.
  if (typeof kid !== "string" || kid === "") return tokenError("jwk-kid-mismatch", "The token's header has no key id (kid).");
  // Loaded on first use: an app that only verifies with jwtKey then does not carry the JWKS
  // cache when its bundler splits dynamic imports into chunks.
  const { jwksKey, jwksRotatedKey } = await import("./jwks.js");
  const key = await jwksKey(core, secretKey, kid, nowMs, options.jwksCache);
  if (key instanceof TokenVerificationError) return key;
  if (await rs256Valid(token, key)) return undefined;
  // The key under this kid may have been replaced: one bounded refetch, then one more try.
  const rotated = await jwksRotatedKey(core, secretKey, kid, key, nowMs);
  return rotated && (await rs256Valid(token, rotated)) ? undefined : invalidSignature();
}

function invalidSignature(): TokenVerificationError {
  return tokenError("token-invalid-signature", "The token's signature does not verify with the instance's public key.");
}
