import { ClerkCore } from "../core/core.js";
import { err, ok, type Result } from "../core/result.js";
import { apiKeysVerify } from "../funcs/apiKeysVerify.js";
import { m2mVerifyToken } from "../funcs/m2mVerifyToken.js";
import { oauthAccessTokensVerify } from "../funcs/oauthAccessTokensVerify.js";
import { tokenError, type TokenVerificationError } from "./errors.js";
import { decodeJwt, jwtClass } from "./jwt.js";
import type { MachineTokenType, TokenType } from "./types.js";

/** Prefixes of opaque machine tokens. */
const PREFIXES: readonly (readonly [string, MachineTokenType])[] = [
  ["ak_", "api_key"],
  ["mt_", "m2m_token"],
  ["oat_", "oauth_token"],
];

/** What a token is and whether it is a JWT (verified locally) or opaque (verified by the API). */
export interface TokenKind {
  readonly type: TokenType;
  readonly format: "jwt" | "opaque";
}

/**
 * Tells token kinds apart without verifying anything: `ak_`, `mt_`, `oat_` prefixes are opaque
 * machine tokens; a JWT with `typ: at+jwt` is an OAuth token, one whose `sub` starts with `mch_`
 * (or with Clerk's M2M category) an M2M token; everything else is treated as a session token and
 * left to session verification to accept or refuse.
 */
export function tokenKind(token: string): TokenKind {
  for (const [prefix, type] of PREFIXES) if (token.startsWith(prefix)) return { type, format: "opaque" };
  const decoded = decodeJwt(token);
  if (!("header" in decoded)) return { type: "session_token", format: "jwt" };
  const cls = jwtClass(decoded);
  return { type: cls === "oauth" ? "oauth_token" : cls === "m2m" ? "m2m_token" : "session_token", format: "jwt" };
}

/** An opaque machine token as the API describes it, reduced to what callers use. */
export interface MachineTokenRecord {
  readonly id: string;
  readonly subject: string | null;
  readonly name: string | null;
  readonly scopes: readonly string[];
  readonly claims: Readonly<Record<string, unknown>> | null;
  readonly clientId: string | null;
  /** The API's answer as it came. */
  readonly raw: Readonly<Record<string, unknown>>;
}

/** Options of `verifyOpaqueMachineToken`. */
export interface MachineVerifyOptions {
  /** Authenticates `POST /m2m_tokens/verify` instead of the core's secret key. */
  readonly machineSecretKey?: string | undefined;
  readonly nowMs: number;
  readonly skewMs: number;
}

/**
 * Verifies an opaque `ak_` / `mt_` / `oat_` token through the API's verify operation (each with
 * its own body field). A token the API reports revoked or expired — or whose `expiration` has
 * passed — is refused even though the API answered 200.
 */
export async function verifyOpaqueMachineToken(
  core: ClerkCore,
  token: string,
  type: MachineTokenType,
  options: MachineVerifyOptions,
): Promise<Result<MachineTokenRecord, TokenVerificationError>> {
  const secretKey = type === "m2m_token" ? (options.machineSecretKey ?? core.secretKey) : core.secretKey;
  if (!secretKey) {
    return err(tokenError("secret-key-missing", "Give the ClerkCore a secret key (or machineSecretKey for M2M tokens) to verify machine tokens."));
  }
  // The core's retry policy applies (POST: not retried unless the core opts in), so a 401 is
  // reported after one request.
  let result: Result<unknown, unknown>;
  if (type === "api_key") {
    result = await apiKeysVerify(core, { secret: token });
  } else if (type === "m2m_token") {
    // The verify call authenticates with the machine's key when given: a separate core, since the
    // pipeline takes `Authorization` from the core and per-call headers cannot replace it.
    const m2mCore = options.machineSecretKey ? new ClerkCore({ ...core.options, secretKey: options.machineSecretKey }) : core;
    result = await m2mVerifyToken(m2mCore, { token });
  } else {
    result = await oauthAccessTokensVerify(core, { access_token: token });
  }
  if (!result.ok) return err(apiFailure(result.error));
  return readRecord(result.value, options);
}

function apiFailure(error: unknown): TokenVerificationError {
  const { kind, status } = (error ?? {}) as { kind?: unknown; status?: unknown };
  if (kind === "api" && (status === 400 || status === 404 || status === 422)) {
    return tokenError("token-invalid", "The API does not know this machine token.", error);
  }
  if (kind === "api" && (status === 401 || status === 403)) {
    return tokenError("secret-key-invalid", "The API refused the secret key used to verify the machine token.", error);
  }
  const detail = typeof status === "number" ? `${String(kind)} ${status}` : String(kind);
  return tokenError("token-verification-failed", `The machine token could not be verified (${detail}).`, error);
}

function readRecord(value: unknown, { nowMs, skewMs }: MachineVerifyOptions): Result<MachineTokenRecord, TokenVerificationError> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return err(tokenError("token-verification-failed", "The verify answer is not an object."));
  }
  const raw = value as Record<string, unknown>;
  // The OAuth verify operation answers `{ active: false }` for an access token that is no longer active.
  if (raw.active === false) return err(tokenError("token-expired", "The machine token is no longer active."));
  if (raw.revoked === true) return err(tokenError("token-revoked", "The machine token has been revoked."));
  if (raw.expired === true) return err(tokenError("token-expired", "The machine token has expired."));
  const expiresAt = toMs(raw.expiration);
  if (expiresAt !== undefined && expiresAt <= nowMs - skewMs) {
    return err(tokenError("token-expired", "The machine token has expired."));
  }
  if (typeof raw.id !== "string" || raw.id === "") {
    return err(tokenError("token-verification-failed", "The verify answer has no token id."));
  }
  return ok({
    id: raw.id,
    subject: typeof raw.subject === "string" ? raw.subject : null,
    name: typeof raw.name === "string" ? raw.name : null,
    scopes: Array.isArray(raw.scopes) ? raw.scopes.filter((s): s is string => typeof s === "string") : [],
    claims: typeof raw.claims === "object" && raw.claims !== null && !Array.isArray(raw.claims) ? (raw.claims as Record<string, unknown>) : null,
    clientId: typeof raw.client_id === "string" ? raw.client_id : null,
    raw,
  });
}

/**
 * `expiration` is documented in milliseconds, but some examples carry seconds. Values below 1e11
 * are read as seconds: as milliseconds they would be in 1973, as seconds they reach year 5138.
 */
function toMs(value: unknown): number | undefined {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) return undefined;
  return value < 1e11 ? value * 1000 : value;
}
