import { importJWK, type CryptoKey } from "jose";
import type { ClerkCore } from "../core/core.js";
import { apiHeaders } from "../core/headers.js";
import { tokenError, type TokenVerificationError } from "./errors.js";

/** How long a loaded JWKS is used before it is fetched again. */
export const JWKS_TTL_MS: number = 60 * 60 * 1000;
/**
 * At most one refetch per this interval for an unknown `kid` or a signature that fails with a
 * cached key: a flood of forged `kid`s costs one request per interval, not one per token, while
 * a real key rotation is picked up within it.
 */
export const JWKS_REFETCH_COOLDOWN_MS: number = 30_000;
/** After a failed fetch, verifications answer `jwk-failed-to-load` for this long without sending. */
export const JWKS_FAILURE_COOLDOWN_MS: number = 5_000;

// One entry per core: the core's server URL and secret key never change, so caching per core is
// caching per (API URL, secret key), and two cores never share keys. The key is a fixed string so
// that no secret ends up in the Map (which `console.log(core)` would print).
const CACHE_KEY = "clerk-fn/auth/jwks";

interface Entry {
  /** The RSA modulus and exponent; an entry is kept across refetches while they are unchanged. */
  readonly material: string;
  readonly jwk: { readonly kty: "RSA"; readonly n: string; readonly e: string };
  /** Imported on first use, then reused. */
  key: Promise<CryptoKey | undefined> | undefined;
}

interface JwksState {
  entries: Map<string, Entry>;
  /** When the last successful fetch started (ms). */
  loadedAt: number | undefined;
  /** When the last fetch started, successful or not (ms). */
  attemptedAt: number | undefined;
  /** Why the last fetch failed; cleared by a successful one. */
  failed: TokenVerificationError | undefined;
  /** The fetch under way, shared by every verification that needs it. */
  inflight: Promise<void> | undefined;
}

function stateOf(core: ClerkCore): JwksState {
  let state = core.cache.get(CACHE_KEY) as JwksState | undefined;
  if (!state) {
    state = { entries: new Map(), loadedAt: undefined, attemptedAt: undefined, failed: undefined, inflight: undefined };
    core.cache.set(CACHE_KEY, state);
  }
  return state;
}

/**
 * The instance key for `kid`, from the per-core JWKS cache. Fetches `GET /jwks` when the cache is
 * cold or stale, or when `kid` is unknown and no fetch happened within the cool-down. Concurrent
 * callers share one fetch. A failed refresh keeps serving the keys already known.
 */
export async function jwksKey(core: ClerkCore, kid: string, nowMs: number): Promise<CryptoKey | TokenVerificationError> {
  const state = stateOf(core);
  if (state.inflight) await state.inflight;
  const fresh = state.loadedAt !== undefined && nowMs - state.loadedAt < JWKS_TTL_MS;
  if (!fresh || !state.entries.has(kid)) {
    const cooldown = state.failed ? JWKS_FAILURE_COOLDOWN_MS : fresh ? JWKS_REFETCH_COOLDOWN_MS : 0;
    if (state.inflight) await state.inflight;
    else if (state.attemptedAt === undefined || nowMs - state.attemptedAt >= cooldown || nowMs < state.attemptedAt) {
      await refresh(core, state, nowMs);
    }
  }
  const entry = state.entries.get(kid);
  if (!entry) {
    return (
      state.failed ??
      tokenError("jwk-kid-mismatch", "No key with the token's kid in the instance's JWKS. The token was not signed by this instance, or its key was rotated very recently.")
    );
  }
  return (await importEntry(entry)) ?? tokenError("jwk-failed-to-load", "The instance's JWK for the token's kid could not be imported.");
}

/**
 * After a signature failure with a cached key: refetch once (within the same cool-down as unknown
 * `kid`s) and return the new key for `kid` if it changed, so a rotation under the same `kid`
 * recovers. `undefined` when nothing new is available.
 */
export async function jwksRotatedKey(core: ClerkCore, kid: string, used: CryptoKey, nowMs: number): Promise<CryptoKey | undefined> {
  const state = stateOf(core);
  if (state.inflight) await state.inflight;
  else if (state.attemptedAt === undefined || nowMs - state.attemptedAt >= JWKS_REFETCH_COOLDOWN_MS || nowMs < state.attemptedAt) {
    await refresh(core, state, nowMs);
  }
  const entry = state.entries.get(kid);
  const key = entry ? await importEntry(entry) : undefined;
  return key !== used ? key : undefined;
}

function importEntry(entry: Entry): Promise<CryptoKey | undefined> {
  entry.key ??= importJWK(entry.jwk, "RS256").then(
    (key) => (key instanceof Uint8Array ? undefined : key),
    () => undefined,
  );
  return entry.key;
}

function refresh(core: ClerkCore, state: JwksState, nowMs: number): Promise<void> {
  state.attemptedAt = nowMs;
  const run = load(core, state, nowMs).finally(() => {
    state.inflight = undefined;
  });
  // Set before the first await completes, so every caller arriving meanwhile joins this fetch.
  state.inflight = run;
  return run;
}

async function load(core: ClerkCore, state: JwksState, nowMs: number): Promise<void> {
  const result = await getJwks(core);
  if (!result.ok) {
    state.failed = tokenError(
      "jwk-failed-to-load",
      `The instance's JWKS could not be loaded (GET /jwks: ${result.detail}). Check the secret key and the API URL, or pass jwtKey.`,
      result.cause,
    );
    return;
  }
  const entries = readKeys(result.value, state.entries);
  if (!entries) {
    state.failed = tokenError("jwk-failed-to-load", "The JWKS answer of GET /jwks has no keys array.");
    return;
  }
  state.entries = entries;
  state.loadedAt = nowMs;
  state.failed = undefined;
}

type JwksAnswer = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly detail: string; readonly cause?: unknown };

/**
 * `GET /jwks` straight through the core's `fetch`, server URL, secret key, API version and
 * headers, but not the retrying pipeline of `src/core/call.ts`: that pipeline (ky included) would
 * otherwise ride along in every app that verifies tokens, also networkless ones with `jwtKey`
 * (measured: the verifyToken+jwtKey app went from 17.7 to 9.2 KB gzip). One retry on a network
 * error, 429 or 5xx unless the core says `retry: false`; any other status (a wrong secret key's
 * 401) is final.
 */
async function getJwks(core: ClerkCore): Promise<JwksAnswer> {
  const headers = apiHeaders(core, undefined, "application/json", core.secretKey);
  const timeoutMs = core.options.timeoutMs === false ? undefined : (core.options.timeoutMs ?? 30_000);
  let answer: JwksAnswer = { ok: false, detail: "not sent" };
  for (let attempt = core.options.retry === false ? 1 : 0; attempt < 2; attempt++) {
    try {
      const init: RequestInit = { headers };
      if (timeoutMs !== undefined) init.signal = AbortSignal.timeout(timeoutMs);
      core.options.debugLogger?.debug(`clerk-fn → GET ${core.serverURL}/jwks`, { attempt: attempt + 1 });
      const response = await core.fetch(`${core.serverURL}/jwks`, init);
      if (response.ok) return { ok: true, value: await response.json() };
      await response.body?.cancel();
      answer = { ok: false, detail: `api ${response.status}` };
      if (response.status < 500 && response.status !== 429) return answer;
    } catch (cause) {
      // A body that is not JSON is an answer, not a network fault: no point asking again.
      if (cause instanceof SyntaxError) return { ok: false, detail: "the body is not JSON", cause };
      answer = { ok: false, detail: "connection", cause };
    }
  }
  return answer;
}

/** RSA signing keys by `kid`, reusing the entries (and imported keys) whose material is unchanged. */
function readKeys(value: unknown, previous: Map<string, Entry>): Map<string, Entry> | undefined {
  const keys = typeof value === "object" && value !== null ? (value as { keys?: unknown }).keys : undefined;
  if (!Array.isArray(keys)) return undefined;
  const entries = new Map<string, Entry>();
  for (const k of keys as unknown[]) {
    if (typeof k !== "object" || k === null) continue;
    const { kid, kty, n, e, alg, use } = k as Record<string, unknown>;
    // Only keys usable for RS256 signatures: anything else in the set is never used to verify.
    if (typeof kid !== "string" || kid === "" || kty !== "RSA" || typeof n !== "string" || typeof e !== "string") continue;
    if ((alg !== undefined && alg !== "RS256") || (use !== undefined && use !== "sig")) continue;
    if (entries.has(kid)) continue;
    const material = `${n}.${e}`;
    const old = previous.get(kid);
    entries.set(kid, old && old.material === material ? old : { material, jwk: { kty: "RSA", n, e }, key: undefined });
  }
  return entries;
}
