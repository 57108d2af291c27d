import type { Jwk, WebCryptoKey } from "./crypto.js";
import type { ClerkCore } from "../core/core.js";
import { bapiFetch } from "./bapi.js";
import { importRsaKey, sha256 } from "./crypto.js";
import { tokenError, type TokenVerificationError } from "./errors.js";
import type { JwksStore } from "./types.js";

/** How long a loaded JWKS is used before it is fetched again (also the TTL given to a `jwksCache` store). */
export const JWKS_TTL_MS: number = 60 * 60 * 1000;
/**
 * At most one refetch per this interval for an unknown `kid` or a signature that fails with a
 * cached key: a flood of forged `kid`s costs one request per interval, not one per token, while
 * a real key rotation is picked up within it.
 */
export const JWKS_REFETCH_COOLDOWN_MS: number = 30_000;
/** After a failed fetch, verifications answer `jwk-failed-to-load` for this long without sending. */
export const JWKS_FAILURE_COOLDOWN_MS: number = 5_000;
// Bounds the instances one process remembers (a multi-tenant server verifying for many).
const MAX_INSTANCES = 64;

interface Entry {
  /** The RSA modulus and exponent; an entry is kept across refetches while they are unchanged. */
  readonly material: string;
  readonly jwk: Jwk;
  /** Imported on first use, then reused. */
  key: Promise<WebCryptoKey | undefined> | undefined;
}

interface JwksState {
  entries: Map<string, Entry>;
  /** When the keys in `entries` were fetched (ms). */
  loadedAt?: number | undefined;
  /** When the last fetch started, successful or not (ms). */
  attemptedAt?: number | undefined;
  /** Why the last fetch failed; cleared by a successful one. */
  failed?: TokenVerificationError | undefined;
  /** The fetch under way, shared by every verification that needs it. */
  inflight?: Promise<void> | undefined;
}

interface Instance {
  readonly id: string;
  readonly state: JwksState;
}

/**
 * One JWKS cache per Clerk instance, shared by every `ClerkCore` of it: a handler that builds its
 * core per request (the Workers `env` pattern) fetches `/jwks` once, not per request. The instance
 * is the server URL plus a SHA-256 of the secret key, so two instances never share keys and no
 * secret is held by the cache. Cores with their own `fetch` option (an emulator, a test double, a
 * proxy) count as their own backend too: two emulators accepting the same test key never mix
 * their keys. Created on first use: importing this module does nothing.
 */
let instances: Map<string, JwksState> | undefined;
let fetchIds: WeakMap<typeof fetch, number> | undefined;
let nextFetchId = 1;

const ID_KEY = "clerk-fn/auth/jwks-instance";

async function instanceOf(core: ClerkCore, secretKey: string): Promise<Instance> {
  let id = core.cache.get(ID_KEY) as Promise<string> | undefined;
  // Stable across processes (it names the entry of a shared store): server URL and secret key only.
  if (!id) core.cache.set(ID_KEY, (id = sha256(`${core.serverURL}\n${secretKey}`)));
  const custom = core.options.fetch;
  let fetchId = 0;
  if (custom) {
    fetchIds ??= new WeakMap();
    fetchId = fetchIds.get(custom) ?? nextFetchId++;
    fetchIds.set(custom, fetchId);
  }
  const key = await id;
  const memoryKey = `${fetchId}:${key}`;
  instances ??= new Map();
  let state = instances.get(memoryKey);
  if (!state) {
    if (instances.size >= MAX_INSTANCES) instances.delete(instances.keys().next().value as string);
    // The other fields start absent (undefined): fewer bytes in every app that verifies tokens.
    state = { entries: new Map() };
    instances.set(memoryKey, state);
  }
  return { id: key, state };
}

/** Forgets every instance's keys (tests; or after rotating a secret key in a long-lived process). */
export function clearJwksCache(): void {
  instances = undefined;
  fetchIds = undefined;
}

/**
 * The instance key for `kid`. Fetches `GET /jwks` when the cache is cold or stale (after asking
 * `store`, when given), or when `kid` is unknown and no fetch happened within the cool-down.
 * Concurrent callers share one fetch. A failed refresh keeps serving the keys already known.
 */
export async function jwksKey(
  core: ClerkCore,
  secretKey: string,
  kid: string,
  nowMs: number,
  store: JwksStore | undefined,
): Promise<WebCryptoKey | TokenVerificationError> {
  const instance = await instanceOf(core, secretKey);
  const { state } = instance;
  if (state.inflight) await state.inflight;
  const fresh = state.loadedAt !== undefined && nowMs - state.loadedAt < JWKS_TTL_MS && nowMs >= state.loadedAt;
  if (!fresh || !state.entries.has(kid)) {
    const cooldown = state.failed ? JWKS_FAILURE_COOLDOWN_MS : fresh ? JWKS_REFETCH_COOLDOWN_MS : 0;
    if (state.inflight) await state.inflight;
    else if (state.attemptedAt === undefined || nowMs - state.attemptedAt >= cooldown || nowMs < state.attemptedAt) {
      // The store only helps a cold or stale cache: for an unknown kid it would hand back the same set.
      await refresh(core, secretKey, instance, nowMs, fresh ? undefined : store);
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
export async function jwksRotatedKey(core: ClerkCore, secretKey: string, kid: string, used: WebCryptoKey, nowMs: number): Promise<WebCryptoKey | undefined> {
  const instance = await instanceOf(core, secretKey);
  const { state } = instance;
  if (state.inflight) await state.inflight;
  else if (state.attemptedAt === undefined || nowMs - state.attemptedAt >= JWKS_REFETCH_COOLDOWN_MS || nowMs < state.attemptedAt) {
    await refresh(core, secretKey, instance, nowMs, undefined);
  }
  const entry = state.entries.get(kid);
  const key = entry ? await importEntry(entry) : undefined;
  return key !== used ? key : undefined;
}

function importEntry(entry: Entry): Promise<WebCryptoKey | undefined> {
  return (entry.key ??= importRsaKey("jwk", entry.jwk));
}

function refresh(core: ClerkCore, secretKey: string, instance: Instance, nowMs: number, store: JwksStore | undefined): Promise<void> {
  const { state } = instance;
  state.attemptedAt = nowMs;
  const run = load(core, secretKey, instance, nowMs, store).finally(() => {
    state.inflight = undefined;
  });
  // Set before the first await completes, so every caller arriving meanwhile joins this fetch.
  state.inflight = run;
  return run;
}

async function load(core: ClerkCore, secretKey: string, { id, state }: Instance, nowMs: number, store: JwksStore | undefined): Promise<void> {
  const storeKey = `clerk-fn/jwks/${id}`;
  if (store) {
    const kept = await fromStore(store, storeKey, nowMs);
    const entries = kept && readKeys(kept.jwks, state.entries);
    if (kept && entries && entries.size > 0) {
      state.entries = entries;
      state.loadedAt = kept.fetchedAt;
      state.failed = undefined;
      return;
    }
  }
  const result = await bapiFetch(core, "GET", "/jwks", secretKey);
  if (!result.ok) {
    state.failed =
      result.status === 401
        ? tokenError("secret-key-invalid", "GET /jwks refused the secret key (401). Check the secret key, or pass jwtKey.")
        : tokenError(
            "jwk-failed-to-load",
            `The instance's JWKS could not be loaded (GET /jwks: ${result.detail}). Check the secret key and the API URL, or pass jwtKey.`,
            result.cause,
          );
    return;
  }
  const entries = readKeys(result.value, state.entries);
  if (!entries) {
    state.failed = tokenError("jwk-failed-to-load", "The JWKS answer of GET /jwks has no keys.");
    return;
  }
  state.entries = entries;
  state.loadedAt = nowMs;
  state.failed = undefined;
  if (store) {
    try {
      await store.set(storeKey, JSON.stringify({ fetchedAt: nowMs, jwks: result.value }), JWKS_TTL_MS);
    } catch {
      // A store that fails only costs the next isolate a fetch.
    }
  }
}

async function fromStore(store: JwksStore, key: string, nowMs: number): Promise<{ fetchedAt: number; jwks: unknown } | undefined> {
  try {
    const text = await store.get(key);
    if (typeof text !== "string") return undefined;
    const { fetchedAt, jwks } = JSON.parse(text) as { fetchedAt?: unknown; jwks?: unknown };
    if (typeof fetchedAt !== "number" || nowMs < fetchedAt || nowMs - fetchedAt >= JWKS_TTL_MS) return undefined;
    return { fetchedAt, jwks };
  } catch {
    return undefined;
  }
}

/** RSA signing keys by `kid`, reusing the entries (and imported keys) whose material is unchanged. */
function readKeys(value: unknown, previous: Map<string, Entry>): Map<string, Entry> | undefined {
  const keys = typeof value === "object" && value !== null ? (value as { keys?: unknown }).keys : undefined;
  if (!Array.isArray(keys) || keys.length === 0) return undefined;
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
    entries.set(kid, old && old.material === material ? old : { material, jwk: { kty: "RSA", n, e, alg: "RS256", ext: true }, key: undefined });
  }
  return entries;
}
