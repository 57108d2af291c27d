import { compactVerify } from "jose";
import type { ClerkCore } from "../core/core.js";
import { err, ok, type Result } from "../core/result.js";
import { tokenError, TokenVerificationError } from "./errors.js";
import { asVerified, checkClaims, checkTimes, decodeJwt, jwtClass, type DecodedJwt, type JwtClass } from "./jwt.js";
import { localKey } from "./localKey.js";
import type { VerifiedClaims, VerifyTokenOptions } from "./types.js";

/** The default tolerance for `exp`, `nbf` and `iat`. */
export const DEFAULT_CLOCK_SKEW_MS = 5000;

/**
 * Verifies a Clerk session token (a JWT from the `__session` cookie or an `Authorization: Bearer`
 * header) and returns its claims.
 *
 * Checks, in this order: structure; `alg` is RS256 (`none`, `HS*` and everything else are refused
 * before any key is looked up); `kid`; signature; `exp` / `nbf` / `iat` with `clockSkewInMs`;
 * `azp` against `authorizedParties`; `audience`; `issuer`; `sub`; and that the token is a session
 * token (JWT templates, M2M JWTs and OAuth `at+jwt` tokens signed by the same key are refused).
 *
 * With `jwtKey` nothing is sent. Otherwise the instance JWKS is loaded through the core (its secret
 * key, API URL and fetch) and cached on that core. Never throws: failures are a
 * `TokenVerificationError` with a stable `reason` (see `TokenVerificationReason`).
 */
export async function verifyToken(
  core: ClerkCore,
  token: string,
  options?: VerifyTokenOptions,
): Promise<Result<VerifiedClaims, TokenVerificationError>> {
  return verifyJwt(core, token, options ?? {}, "session");
}

/**
 * The JWT pipeline shared by session tokens and the JWT forms of M2M and OAuth tokens; `expected`
 * is the class the caller accepts. `authorizedParties` is only applied to sessions (`azp` of an
 * OAuth token is the client, and M2M tokens have none).
 */
export async function verifyJwt(
  core: ClerkCore,
  token: string,
  options: VerifyTokenOptions,
  expected: Exclude<JwtClass, "template">,
): Promise<Result<VerifiedClaims, TokenVerificationError>> {
  try {
    const decoded = decodeJwt(token);
    if (decoded instanceof TokenVerificationError) return err(decoded);
    const { header, payload } = decoded;
    if (header.alg !== "RS256") {
      return err(tokenError("token-invalid-algorithm", "The token's algorithm (alg) is not RS256; only RS256 tokens are accepted."));
    }
    const { nowMs, skewMs } = clockOf(options);

    const signature = await checkSignature(core, token, decoded, options, nowMs);
    if (signature) return err(signature);

    const problem =
      checkTimes(payload, { nowMs, skewMs }) ??
      checkClaims(payload, {
        authorizedParties: expected === "session" ? options.authorizedParties : undefined,
        audience: options.audience,
        issuer: options.issuer,
      }) ??
      checkClass(decoded, expected);
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
    return (await signatureValid(token, key)) ? undefined : invalidSignature();
  }
  if (!core.secretKey) {
    return tokenError("secret-key-missing", "Pass jwtKey, or give the ClerkCore a secret key so the instance's JWKS can be loaded.");
  }
  const kid = header.kid;
  if (typeof kid !== "string" || kid === "") return tokenError("token-invalid", "The token's header has no key id (kid).");
  // Loaded on first use: an app that only verifies with jwtKey then does not carry the HTTP
  // pipeline (ky, the core's call) when its bundler splits dynamic imports into chunks.
  const { jwksKey, jwksRotatedKey } = await import("./jwks.js");
  const key = await jwksKey(core, kid, nowMs);
  if (key instanceof TokenVerificationError) return key;
  if (await signatureValid(token, key)) return undefined;
  // The key under this kid may have been replaced: one bounded refetch, then one more try.
  const rotated = await jwksRotatedKey(core, kid, key, nowMs);
  return rotated && (await signatureValid(token, rotated)) ? undefined : invalidSignature();
}

async function signatureValid(token: string, key: CryptoKey): Promise<boolean> {
  try {
    await compactVerify(token, key, { algorithms: ["RS256"] });
    return true;
  } catch {
    // A wrong signature, and also unsupported `crit` headers or undecodable bytes: all mean the
    // token is not signed as it claims.
    return false;
  }
}

function invalidSignature(): TokenVerificationError {
  return tokenError("token-invalid-signature", "The token's signature does not verify with the instance's public key.");
}

function checkClass(decoded: DecodedJwt, expected: Exclude<JwtClass, "template">): TokenVerificationError | undefined {
  const actual = jwtClass(decoded);
  if (actual === expected) return undefined;
  if (expected === "session") {
    const what = actual === "template" ? "a JWT template token" : actual === "m2m" ? "an M2M token" : "an OAuth access token";
    return tokenError("token-not-session", `The token is ${what}, not a session token.`);
  }
  return tokenError("token-invalid", `The token is not a JWT ${expected === "m2m" ? "M2M" : "OAuth access"} token.`);
}
