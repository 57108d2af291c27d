import { fromBase64url } from "./crypto.js";
import { tokenError, type TokenVerificationError } from "./errors.js";
import type { JwtClaims, VerifiedClaims } from "./types.js";

/** A JWS header as far as `src/auth` reads it. */
export interface JwtHeader {
  readonly alg?: unknown;
  readonly kid?: unknown;
  readonly typ?: unknown;
  /** Clerk's token category, distinguishing token classes signed by the same instance key. */
  readonly cat?: unknown;
  readonly [name: string]: unknown;
}

/** A token split and decoded, not yet verified. */
export interface DecodedJwt {
  readonly header: JwtHeader;
  readonly payload: JwtClaims;
}

// Far above any real Clerk token (cookies top out at 4 kB); bounds the work spent on garbage.
const MAX_TOKEN_LENGTH = 64 * 1024;
const SEGMENT = /^[A-Za-z0-9_-]*$/;

/**
 * Checks the compact structure (three base64url segments, JSON object header and payload)
 * and decodes it. Nothing here is trusted yet; the signature is checked later. The signature
 * segment may be empty so that `alg: none` tokens are reported as an algorithm problem.
 */
export function decodeJwt(token: unknown): DecodedJwt | undefined {
  if (typeof token !== "string" || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return undefined;
  const parts = token.split(".");
  if (parts.length !== 3) return undefined;
  const [h, p, s] = parts as [string, string, string];
  if (!h || !p || !SEGMENT.test(h) || !SEGMENT.test(p) || !SEGMENT.test(s)) return undefined;
  const header = decodeSegment(h);
  const payload = decodeSegment(p);
  return header && payload ? { header, payload } : undefined;
}

function decodeSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const bytes = fromBase64url(segment);
    if (!bytes) return undefined;
    const json: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    return typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The `token-invalid` error of a token that does not decode. */
export function malformed(): TokenVerificationError {
  // Built only on failure: an Error captures a stack, ~6 µs on every verification.
  return tokenError("token-invalid", "The token is not a well-formed JWT (compact JWS with a JSON header and payload).");
}

/** What the claim checks compare against. */
export interface ClaimCheckOptions {
  readonly authorizedParties?: readonly string[] | undefined;
  readonly audience?: string | readonly string[] | undefined;
  readonly issuer?: string | readonly string[] | undefined;
  readonly nowMs: number;
  readonly skewMs: number;
}

/**
 * The claims, in the order Clerk's SDKs check them (so a token with several problems gets the
 * same reason): `sub`, `aud`, `azp`, `iss`, then `exp`, `nbf`, `iat` against the clock with the
 * skew. The token is expired once `exp * 1000 <= now - skew`; not yet valid while
 * `nbf * 1000 > now + skew` (same for `iat`). `exp` is required.
 */
export function checkClaims(payload: JwtClaims, options: ClaimCheckOptions): TokenVerificationError | undefined {
  if (typeof payload.sub !== "string") return tokenError("token-invalid", "The token has no subject (sub).");
  const wanted = listOf(options.audience);
  // Stricter than Clerk on purpose: with an audience configured, a token without `aud` is refused.
  if (wanted.length > 0 && !listOf(payload.aud).some((a) => wanted.includes(a))) {
    return tokenError("token-invalid-audience", "The token's audience (aud) is missing or does not match the expected audience.");
  }
  const given = options.authorizedParties as unknown;
  // Only an empty list turns the check off; a malformed value (not a list) fails closed, and a
  // lone string is one party (`"https://a.com".includes(azp)` would match substrings).
  if (given !== undefined && given !== null && (!Array.isArray(given) || given.length > 0)) {
    const azp = payload.azp;
    if (typeof azp !== "string" || azp === "" || !listOf(given).includes(azp)) {
      return tokenError("token-invalid-authorized-parties", "The token's authorized party (azp) is missing or not in authorizedParties.");
    }
  }
  const issuers = listOf(options.issuer);
  if (issuers.length > 0 && (typeof payload.iss !== "string" || !issuers.includes(payload.iss))) {
    return tokenError("token-invalid-issuer", "The token's issuer (iss) does not match the expected issuer.");
  }
  const { nowMs, skewMs } = options;
  const { exp, nbf, iat } = payload;
  if (typeof exp !== "number" || !Number.isFinite(exp)) return tokenError("token-invalid", "The token has no valid expiry claim (exp).");
  if (exp * 1000 <= nowMs - skewMs) return tokenError("token-expired", "The token has expired. Make sure the server clock is in sync.");
  if (nbf !== undefined) {
    if (typeof nbf !== "number" || !Number.isFinite(nbf)) return tokenError("token-invalid", "The token's nbf claim is not a number.");
    if (nbf * 1000 > nowMs + skewMs) return tokenError("token-not-active-yet", "The token is not valid yet (nbf). Make sure the server clock is in sync.");
  }
  if (iat !== undefined) {
    if (typeof iat !== "number" || !Number.isFinite(iat)) return tokenError("token-invalid", "The token's iat claim is not a number.");
    if (iat * 1000 > nowMs + skewMs) {
      return tokenError("token-iat-in-the-future", "The token was issued in the future (iat). Make sure the server clock is in sync.");
    }
  }
  return undefined;
}

/** A string or a list of strings as a list of its non-empty strings; anything else as an empty list. */
export function listOf(value: unknown): readonly string[] {
  const list: unknown[] = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
  return list.filter((v): v is string => typeof v === "string" && v !== "");
}

// Clerk stamps a category on the protected header of every JWT class its instance key signs.
/** `cat` of session tokens (handshake tokens too). */
export const CATEGORY_SESSION = "cl_B7d4PD111AAA";
/** `cat` of M2M JWTs. */
export const CATEGORY_M2M = "cl_B7d4PD333AAA";
/** Instances that opted out stamp this on every class, so it says nothing about the class. */
export const CATEGORY_IGNORE = "cl_I7d4PD111III";

/** `typ` values of OAuth 2.0 JWT access tokens (RFC 9068), compared exactly as Clerk does. */
export const OAUTH_JWT_TYPES: readonly string[] = ["at+jwt", "application/at+jwt"];

/** The JWT machine classes, told apart as Clerk does: `sub` of a machine, or the OAuth `typ`. */
export function machineJwtType({ header, payload }: DecodedJwt): "m2m_token" | "oauth_token" | undefined {
  if (typeof payload.sub === "string" && payload.sub.startsWith("mch_")) return "m2m_token";
  return OAUTH_JWT_TYPES.includes(header.typ as string) ? "oauth_token" : undefined;
}

/**
 * Whether `cat` marks something other than a session (a JWT template, an M2M JWT). A missing
 * `cat` is read as a session, for tokens minted before Clerk introduced it.
 */
export function nonSessionCategory({ header }: DecodedJwt): boolean {
  return header.cat !== undefined && header.cat !== CATEGORY_SESSION && header.cat !== CATEGORY_IGNORE;
}

/** Narrows claims that passed `checkClaims`. */
export function asVerified(payload: JwtClaims): VerifiedClaims {
  return payload as VerifiedClaims;
}
