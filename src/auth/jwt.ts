import { base64url } from "jose";
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
export function decodeJwt(token: unknown): DecodedJwt | TokenVerificationError {
  // The error is built only on failure: an Error captures a stack, ~6 µs on every verification.
  const invalid = (): TokenVerificationError =>
    tokenError("token-invalid", "The token is not a well-formed JWT (compact JWS with a JSON header and payload).");
  if (typeof token !== "string" || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return invalid();
  const parts = token.split(".");
  if (parts.length !== 3) return invalid();
  const [h, p, s] = parts as [string, string, string];
  if (!h || !p || !SEGMENT.test(h) || !SEGMENT.test(p) || !SEGMENT.test(s)) return invalid();
  const header = decodeSegment(h);
  const payload = decodeSegment(p);
  if (!header || !payload) return invalid();
  return { header, payload };
}

function decodeSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(base64url.decode(segment)));
    return typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** What the time checks need to know. */
export interface TimeCheckOptions {
  readonly nowMs: number;
  readonly skewMs: number;
}

/**
 * `exp`, `nbf`, `iat` against the clock with the skew. Boundaries follow Clerk's SDKs: the token
 * is expired once `exp * 1000 <= now - skew`; it is not yet valid while `nbf * 1000 > now + skew`
 * (same for `iat`). `exp` is required: a session token without expiry is never accepted.
 */
export function checkTimes(payload: JwtClaims, { nowMs, skewMs }: TimeCheckOptions): TokenVerificationError | undefined {
  const { exp, nbf, iat } = payload;
  if (typeof exp !== "number" || !Number.isFinite(exp)) {
    return tokenError("token-invalid", "The token has no valid expiry claim (exp).");
  }
  if (exp * 1000 <= nowMs - skewMs) {
    return tokenError("token-expired", "The token has expired. Make sure the server clock is in sync.");
  }
  if (nbf !== undefined) {
    if (typeof nbf !== "number" || !Number.isFinite(nbf)) return tokenError("token-invalid", "The token's nbf claim is not a number.");
    if (nbf * 1000 > nowMs + skewMs) {
      return tokenError("token-not-active-yet", "The token is not valid yet (nbf). Make sure the server clock is in sync.");
    }
  }
  if (iat !== undefined) {
    if (typeof iat !== "number" || !Number.isFinite(iat)) return tokenError("token-invalid", "The token's iat claim is not a number.");
    if (iat * 1000 > nowMs + skewMs) {
      return tokenError("token-iat-in-the-future", "The token was issued in the future (iat). Make sure the server clock is in sync.");
    }
  }
  return undefined;
}

/** What the claim checks compare against. */
export interface ClaimCheckOptions {
  readonly authorizedParties?: readonly string[] | undefined;
  readonly audience?: string | readonly string[] | undefined;
  readonly issuer?: string | undefined;
}

/**
 * `azp`, `aud`, `iss` and `sub`, in that order. `authorizedParties` only applies where the caller
 * passes it (session tokens): an empty list means no check, a non-empty one requires `azp`.
 */
export function checkClaims(payload: JwtClaims, options: ClaimCheckOptions): TokenVerificationError | undefined {
  const given = options.authorizedParties as unknown;
  // Only an empty list turns the check off; a malformed value (not a list) fails closed, and a
  // lone string is one party (`"https://a.com".includes(azp)` would match substrings).
  if (given !== undefined && given !== null && (!Array.isArray(given) || given.length > 0)) {
    const parties = listOf(given);
    const azp = payload.azp;
    if (typeof azp !== "string" || azp === "" || !parties.includes(azp)) {
      return tokenError("token-invalid-authorized-parties", "The token's authorized party (azp) is missing or not in authorizedParties.");
    }
  }
  if (options.audience !== undefined) {
    const wanted = listOf(options.audience);
    const have = listOf(payload.aud);
    if (!have.some((a) => wanted.includes(a))) {
      return tokenError("token-invalid-audience", "The token's audience (aud) does not match the expected audience.");
    }
  }
  if (options.issuer !== undefined && payload.iss !== options.issuer) {
    return tokenError("token-invalid-issuer", "The token's issuer (iss) does not match the expected issuer.");
  }
  if (typeof payload.sub !== "string" || payload.sub === "") {
    return tokenError("token-invalid", "The token has no subject (sub).");
  }
  return undefined;
}

/** A string or a list of strings as a list; anything else as an empty list. */
function listOf(value: unknown): readonly string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

// Clerk stamps a category on the protected header of every JWT class its instance key signs.
/** `cat` of session tokens (handshake tokens too). */
export const CATEGORY_SESSION = "cl_B7d4PD111AAA";
/** `cat` of JWT templates. */
export const CATEGORY_TEMPLATE = "cl_B7d4PD222AAA";
/** `cat` of M2M JWTs. */
export const CATEGORY_M2M = "cl_B7d4PD333AAA";
/** Instances that opted out stamp this on every class, so it says nothing about the class. */
export const CATEGORY_IGNORE = "cl_I7d4PD111III";

/** The JWT classes the instance key signs that `src/auth` tells apart. */
export type JwtClass = "session" | "template" | "m2m" | "oauth";

/**
 * Which class a JWT belongs to, from the `typ` and `cat` headers and the `sub` prefix.
 * A missing `cat` is read as a session for tokens minted before Clerk introduced it.
 */
export function jwtClass({ header, payload }: DecodedJwt): JwtClass {
  const typ = typeof header.typ === "string" ? header.typ.toLowerCase() : "";
  if (typ === "at+jwt" || typ === "application/at+jwt") return "oauth";
  if (header.cat === CATEGORY_M2M || (typeof payload.sub === "string" && payload.sub.startsWith("mch_"))) return "m2m";
  if (header.cat !== undefined && header.cat !== CATEGORY_SESSION && header.cat !== CATEGORY_IGNORE) return "template";
  return "session";
}

/** Narrows claims that passed `checkTimes` and `checkClaims`. */
export function asVerified(payload: JwtClaims): VerifiedClaims {
  return payload as VerifiedClaims;
}
