import type { ClerkCore } from "../core/core.js";
import { err, ok, type Result } from "../core/result.js";
import { bapiFetch } from "./bapi.js";
import { tokenError, type TokenVerificationError } from "./errors.js";
import { decodeJwt, listOf, machineJwtType } from "./jwt.js";
import type { MachineTokenType } from "./types.js";

// A JWT as Clerk's SDK recognises one when routing machine tokens: three non-empty segments.
const JWT_FORMAT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * The machine kind of a token, told apart as Clerk's SDK does and without verifying anything:
 * the `mt_` / `oat_` / `ak_` prefixes of opaque tokens, a JWT whose `sub` is a machine (`mch_…`,
 * M2M) or whose `typ` is `at+jwt` (OAuth). `undefined`: not a machine token (a session token, a
 * JWT template, or garbage — left to session verification to refuse).
 */
export function machineTokenType(token: string): MachineTokenType | undefined {
  const jwt = JWT_FORMAT.test(token) ? decodeJwt(token) : undefined;
  const fromJwt = jwt && machineJwtType(jwt);
  if (token.startsWith("mt_") || fromJwt === "m2m_token") return "m2m_token";
  if (token.startsWith("oat_") || fromJwt === "oauth_token") return "oauth_token";
  return token.startsWith("ak_") ? "api_key" : undefined;
}

/** Whether a machine token is a JWT (verified locally with the instance key) or opaque (by the API). */
export function isJwtFormat(token: string): boolean {
  return JWT_FORMAT.test(token);
}

/** A verified machine token, reduced to what the auth objects expose. */
export interface MachineTokenRecord {
  readonly id: string;
  readonly subject: string;
  readonly name: string | null;
  readonly scopes: readonly string[];
  readonly claims: Readonly<Record<string, unknown>> | null;
  readonly clientId: string | null;
  /** The JWT's claims, or the API's verify answer as it came. */
  readonly raw: Readonly<Record<string, unknown>>;
}

/** Options of `verifyOpaqueMachineToken`. */
export interface MachineVerifyOptions {
  /** OAuth tokens: the `aud` the token must list (one of). */
  readonly audience?: string | readonly string[] | undefined;
  readonly nowMs: number;
  readonly skewMs: number;
}

// Each verify operation with the body field that carries the token.
const VERIFY: Readonly<Record<MachineTokenType, readonly [path: string, field: string]>> = {
  api_key: ["/api_keys/verify", "secret"],
  m2m_token: ["/m2m_tokens/verify", "token"],
  oauth_token: ["/oauth_applications/access_tokens/verify", "access_token"],
};

/**
 * Verifies an opaque `ak_` / `mt_` / `oat_` token through the API's verify operation. M2M tokens
 * are verified with the core's `machineSecretKey` when it has one (as `@clerk/backend` does), else
 * its secret key. Of the answer only the fields that decide or describe access are read — `id`,
 * `subject`, `scopes`, `revoked`, `expired`, `expiration` (and `name`, `claims`, `client_id`,
 * `aud`) — tolerantly, so an answer that gains, loses or retypes another field still verifies.
 * A token the answer reports revoked or expired is refused even though the API said 200.
 */
export async function verifyOpaqueMachineToken(
  core: ClerkCore,
  token: string,
  type: MachineTokenType,
  options: MachineVerifyOptions,
): Promise<Result<MachineTokenRecord, TokenVerificationError>> {
  const secretKey = (type === "m2m_token" ? core.machineSecretKey : undefined) ?? core.secretKey;
  if (!secretKey) {
    return err(tokenError("secret-key-missing", "Give the ClerkCore a secret key (or a machineSecretKey for M2M tokens) to verify machine tokens."));
  }
  const [path, field] = VERIFY[type];
  const answer = await bapiFetch(core, "POST", path, secretKey, { [field]: token });
  if (!answer.ok) {
    if (answer.status === 404) return err(tokenError("token-invalid", "The API does not know this machine token."));
    if (answer.status === 401) return err(tokenError("secret-key-invalid", "The API refused the secret key used to verify the machine token."));
    return err(tokenError("token-verification-failed", `The machine token could not be verified (${answer.detail}).`, answer.cause));
  }
  return readRecord(answer.value, type, options);
}

function readRecord(value: unknown, type: MachineTokenType, { audience, nowMs, skewMs }: MachineVerifyOptions): Result<MachineTokenRecord, TokenVerificationError> {
  const raw = (typeof value === "object" && value !== null && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  // The OAuth verify operation may answer `{ active: false }` for a token that is no longer active.
  if (raw.active === false) return err(tokenError("token-expired", "The machine token is no longer active."));
  if (raw.revoked === true) return err(tokenError("token-revoked", "The machine token has been revoked."));
  if (raw.expired === true) return err(tokenError("token-expired", "The machine token has expired."));
  const expiresAt = toMs(raw.expiration);
  if (expiresAt !== undefined && expiresAt <= nowMs - skewMs) return err(tokenError("token-expired", "The machine token has expired."));
  if (typeof raw.subject !== "string" || raw.subject === "") {
    // Without a subject nothing says who calls: never signed in.
    return err(tokenError("token-verification-failed", "The verify answer names no subject."));
  }
  const wanted = listOf(audience);
  if (type === "oauth_token" && wanted.length > 0 && !listOf(raw.aud).some((a) => wanted.includes(a))) {
    return err(tokenError("token-invalid-audience", "The OAuth token's audience (aud) is missing or does not match the expected audience."));
  }
  const claims = raw.claims;
  return ok({
    id: typeof raw.id === "string" ? raw.id : "",
    subject: raw.subject,
    name: typeof raw.name === "string" ? raw.name : null,
    scopes: listOf(raw.scopes),
    claims: typeof claims === "object" && claims !== null && !Array.isArray(claims) ? (claims as Record<string, unknown>) : null,
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
