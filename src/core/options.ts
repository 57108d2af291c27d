import type { ClerkFnError, Issue } from "./errors.js";

/** HTTP methods the Backend API uses. */
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Retry policy. Defaults: 2 retries (3 attempts) for GET, PUT, DELETE on connection errors,
 * attempt timeouts, 408, 429, 500, 502, 503, 504; exponential backoff from 500 ms with full
 * jitter, each wait capped at 8 s; `Retry-After` honoured up to 30 s. POST and PATCH are not
 * idempotent, so they are only retried when listed in `methods`.
 */
export interface RetryOptions {
  readonly limit?: number;
  readonly methods?: readonly HttpMethod[];
  readonly statusCodes?: readonly number[];
  readonly initialDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly maxRetryAfterMs?: number;
  readonly retryOnTimeout?: boolean;
}

/** What a hook is told about the call it runs in. */
export interface HookContext {
  /** The spec's operationId, e.g. `GetUserList`. */
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The path template, e.g. `/users/{user_id}`. */
  readonly path: string;
}

/**
 * Hooks run inside the pipeline. A hook that throws does not escape: the call returns a
 * `hook` error carrying what it threw.
 */
export interface Hooks {
  /** Runs once before the first attempt; may return a replacement `Request`. */
  readonly beforeRequest?: (request: Request, context: HookContext) => Request | void | Promise<Request | void>;
  /** Runs on every response, retried attempts included; may return a replacement `Response`. */
  readonly afterResponse?: (
    response: Response,
    request: Request,
    context: HookContext,
  ) => Response | void | Promise<Response | void>;
  /** Observes every error the call returns (after retries). */
  readonly onError?: (error: ClerkFnError, context: HookContext) => void | Promise<void>;
  /**
   * Told when a 2xx answer differs from the pinned spec but is still returned (the `tolerant`
   * policy): once per operation and path. Issues name paths and JSON types, never values.
   */
  readonly onDrift?: (issues: readonly Issue[], context: HookContext) => void;
}

/** Anything with `debug` (and optionally `warn`), such as `console`. */
export interface Logger {
  debug(message: string, details?: Record<string, unknown>): void;
  warn?(message: string, details?: Record<string, unknown>): void;
}

/** Per-call options, the last argument of every function. */
export interface CallOptions {
  readonly signal?: AbortSignal;
  /** Per-attempt timeout; overrides the core's. `false` turns it off. */
  readonly timeoutMs?: number | false;
  /** Budget for all attempts and waits; overrides the core's. `false` turns it off. */
  readonly totalTimeoutMs?: number | false;
  /** `false` turns retries off for this call. */
  readonly retry?: RetryOptions | false;
  /** Extra request headers (they cannot replace `Authorization`). */
  readonly headers?: Record<string, string>;
  /** Passed through to `fetch` (e.g. `{ cache: "no-store" }`, `keepalive`). */
  readonly fetchOptions?: Omit<RequestInit, "method" | "body" | "headers" | "signal">;
}

/** Options of a `ClerkCore`. */
export interface ClerkCoreOptions {
  /**
   * Your instance's secret key (`sk_live_…` / `sk_test_…`). Never logged. `| undefined` so
   * `process.env.CLERK_SECRET_KEY` can be passed as is under `exactOptionalPropertyTypes`.
   */
  readonly secretKey?: string | undefined;
  /**
   * The machine secret key of an M2M machine (`ak_…`). Operations that take a machine key (the
   * M2M token operations) and M2M token verification send it instead of `secretKey`. Never logged.
   */
  readonly machineSecretKey?: string | undefined;
  /** Default `https://api.clerk.com/v1`. */
  readonly serverURL?: string;
  /** Sent as `Clerk-API-Version`. Default `2026-05-12`, the version this SDK is generated from. */
  readonly apiVersion?: string;
  /** A `fetch` to use instead of the global one (tests, proxies, instrumentation). */
  readonly fetch?: typeof fetch;
  /** Per-attempt timeout in ms, default 30 000. `false` turns it off. */
  readonly timeoutMs?: number | false;
  /** Budget in ms for all attempts and backoff waits of one call, default 60 000. */
  readonly totalTimeoutMs?: number | false;
  /** Retry policy, or `false` to never retry. */
  readonly retry?: RetryOptions | false;
  readonly hooks?: Hooks;
  /** Logs each request, response and retry; secrets are redacted. */
  readonly debugLogger?: Logger;
  /**
   * `strict` (default): a 2xx body that does not match its schema is a `response-validation`
   * error. `lax`: it is logged to `debugLogger.warn` and returned as it came.
   */
  readonly responseValidation?: "strict" | "lax";
  /** Extra headers on every request. */
  readonly headers?: Record<string, string>;
}
