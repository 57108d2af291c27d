import type { ClerkCoreOptions } from "./options.js";

/** The API version this SDK was generated from, sent as `Clerk-API-Version` by default. */
export const API_VERSION = "2026-05-12";
/** The default server of the Backend API. */
export const SERVER_URL = "https://api.clerk.com/v1";

/**
 * The small context every function takes. It holds configuration only (no connection pool),
 * plus a per-instance cache that `src/auth` uses for JWKS, so keys never leak between instances.
 */
export class ClerkCore {
  // A private field: `console.log(core)`, `util.inspect` and `JSON.stringify` never show it.
  readonly #secretKey: string | undefined;
  readonly #machineSecretKey: string | undefined;
  /** The options given, without the secret keys. */
  readonly options: Omit<ClerkCoreOptions, "secretKey" | "machineSecretKey">;
  /** `serverURL` without a trailing slash. */
  readonly serverURL: string;
  /** Per-instance state of modules such as the JWKS cache. */
  readonly cache: Map<string, unknown> = new Map();

  constructor(options: ClerkCoreOptions = {}) {
    // Never throws (untyped callers: `null`, a non-string serverURL): the first call reports it.
    const { secretKey, machineSecretKey, ...rest } = options ?? {};
    this.#secretKey = secretKey;
    this.#machineSecretKey = machineSecretKey;
    this.options = rest;
    this.serverURL = String(rest.serverURL ?? SERVER_URL).replace(/\/+$/, "");
  }

  /** The secret key, for modules that authenticate (never logged). */
  get secretKey(): string | undefined {
    return this.#secretKey;
  }

  /** The machine secret key (`ak_…`) for M2M operations and M2M token verification (never logged). */
  get machineSecretKey(): string | undefined {
    return this.#machineSecretKey;
  }

  /** The fetch this core sends with: the injected one, or the global one read at call time. */
  get fetch(): typeof fetch {
    return this.options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }
}
