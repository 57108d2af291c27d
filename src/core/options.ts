import type { ClerkCore } from "./core.js";
import type { ClerkFnError, Issue } from "./errors.js";
import { headerText as TEXT } from "./headers.js";

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
  /**
   * Passed through to `fetch` (e.g. `{ cache: "no-store" }`, `keepalive`). `redirect` is always
   * `"manual"`: a redirect is returned as an `api` error, never followed.
   */
  readonly fetchOptions?: Omit<RequestInit, "method" | "body" | "headers" | "signal">;
  /** Overrides the core's `maxResponseBytes` for this call. */
  readonly maxResponseBytes?: number;
  /**
   * Fields the pinned API version does not know yet, sent as given and not checked:
   * `query` is encoded like the other query values, `body` is merged into the JSON object body.
   */
  readonly extra?: ExtraFields;
}

/** See `CallOptions.extra`. */
export interface ExtraFields {
  readonly query?: Readonly<Record<string, string | number | boolean | readonly (string | number | boolean)[] | null | undefined>>;
  readonly body?: Readonly<Record<string, unknown>>;
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
  /**
   * Per-attempt timeout in ms, default 30 000: from sending until the body is read. `false` or
   * `Infinity` turns it off. Anything else must be a number from 1 to 2 147 483 647.
   */
  readonly timeoutMs?: number | false;
  /**
   * Budget in ms for all attempts and backoff waits of one call, default 60 000. `false` or
   * `Infinity` means no limit.
   */
  readonly totalTimeoutMs?: number | false;
  /**
   * Largest answer read, in bytes after decompression (default 16 MiB: the largest page, 500
   * users at ~2.2 KB each, is ~1.1 MB; 16 MiB leaves room for users carrying the full 3 × 8 KB of
   * metadata). A longer answer is a `response-too-large` error.
   */
  readonly maxResponseBytes?: number;
  /** Retry policy, or `false` to never retry. */
  readonly retry?: RetryOptions | false;
  readonly hooks?: Hooks;
  /** Logs each request, response and retry; secrets are redacted. */
  readonly debugLogger?: Logger;
  /**
   * How a 2xx body is checked against the pinned spec (structure only: JSON types, presence,
   * nullability, arrays vs objects).
   * - `tolerant` (default): the call fails only when the body is not JSON or not the documented
   *   top-level kind (an object where a list is documented). Any other difference is drift: the
   *   parsed JSON is returned, and the difference is told once per operation and path to
   *   `hooks.onDrift`, else `debugLogger.warn`.
   * - `strict`: every structural difference is a `response-validation` error (tests, CI).
   * - `off`: `JSON.parse` only.
   */
  readonly responseValidation?: "tolerant" | "strict" | "off";
  /** Extra headers on every request. */
  readonly headers?: Record<string, string>;
}


type Check = (value: unknown) => string | undefined;

const TIMEOUT: Check = (v) =>
  v === false || v === Infinity || (typeof v === "number" && v >= 1 && v < 2 ** 31)
    ? undefined
    : "must be a number of ms from 1 to 2147483647, or false / Infinity for no limit";
const COUNT: Check = (v) => (Number.isSafeInteger(v) && (v as number) >= 0 ? undefined : "must be a whole number >= 0");
const MS: Check = (v) => (typeof v === "number" && v >= 0 && v < 2 ** 31 ? undefined : "must be a number of ms from 0 to 2147483647");
const FN: Check = (v) => (typeof v === "function" ? undefined : "must be a function");
const OBJECT: Check = (v) => (isObject(v) ? undefined : "must be an object");
const BOOL: Check = (v) => (typeof v === "boolean" ? undefined : "must be true or false");
const METHODS: Check = (v) =>
  Array.isArray(v) && v.every((m) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(m)) ? undefined : 'must be an array such as ["GET", "PUT"]';
const STATUSES: Check = (v) => (Array.isArray(v) && v.every(Number.isInteger) ? undefined : "must be an array of status codes");
const POSITIVE: Check = (v) => (Number.isSafeInteger(v) && (v as number) > 0 ? undefined : "must be a whole number of bytes > 0");
const HEADERS: Check = (v) => {
  if (!isObject(v)) return "must be an object of header names to strings";
  for (const name in v) {
    if (!/^[!#$%&'*+.^`|~\w-]+$/.test(name)) return `has an invalid header name ${JSON.stringify(name)}`;
    const problem = TEXT((v as Record<string, unknown>)[name]);
    if (problem) return `${name} ${problem}`;
  }
  return undefined;
};
const SIGNAL: Check = (v) =>
  isObject(v) && typeof (v as AbortSignal).aborted === "boolean" && typeof (v as AbortSignal).addEventListener === "function"
    ? undefined
    : "must be an AbortSignal";
const URL_: Check = (v) =>
  typeof v === "string" && /^https?:\/\/[^\s/?#]+[^\s?#]*$/i.test(v)
    ? undefined
    : "must be an absolute http(s) URL such as https://api.clerk.com/v1";
const LOGGER: Check = (v) =>
  isObject(v) && typeof (v as Logger).debug === "function" && ((v as Logger).warn === undefined || typeof (v as Logger).warn === "function")
    ? undefined
    : "must have a debug(message, details) method (console works)";
const RETRY: Check = (v) => (v === false ? undefined : OBJECT(v));

const RETRY_FIELDS: Readonly<Record<string, Check>> = {
  limit: COUNT,
  methods: METHODS,
  statusCodes: STATUSES,
  initialDelayMs: MS,
  maxDelayMs: MS,
  maxRetryAfterMs: MS,
  retryOnTimeout: BOOL,
};
const HOOKS: Readonly<Record<string, Check>> = { beforeRequest: FN, afterResponse: FN, onError: FN, onDrift: FN };
const EXTRA: Readonly<Record<string, Check>> = { query: OBJECT, body: OBJECT };
/** Options a call and a core share. */
const SHARED: Readonly<Record<string, Check>> = {
  timeoutMs: TIMEOUT,
  totalTimeoutMs: TIMEOUT,
  retry: RETRY,
  headers: HEADERS,
  maxResponseBytes: POSITIVE,
};
const CORE: Readonly<Record<string, Check>> = {
  ...SHARED,
  serverURL: URL_,
  apiVersion: TEXT,
  fetch: FN,
  hooks: OBJECT,
  debugLogger: LOGGER,
};
const CALL: Readonly<Record<string, Check>> = { ...SHARED, signal: SIGNAL, fetchOptions: OBJECT, extra: OBJECT };

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

function checkAll(from: object, checks: Readonly<Record<string, Check>>, prefix: string, issues: Issue[]): void {
  for (const key in checks) {
    const value = (from as Record<string, unknown>)[key];
    const problem = value === undefined ? undefined : checks[key]!(value);
    if (problem) issues.push({ path: [prefix + key], message: problem });
  }
}

const checkedCores = /*#__PURE__*/ new WeakMap<object, readonly Issue[]>();

/**
 * The one check of options, core and call, before anything is built: what is wrong is named
 * (option and problem), a value never (it may be a key). Core options are checked once per core.
 */
export function checkOptions(core: ClerkCore, options: CallOptions | undefined): Issue[] {
  let coreIssues = checkedCores.get(core);
  if (!coreIssues) {
    const found: Issue[] = [];
    const o = core.options;
    checkAll(o, CORE, "", found);
    if (isObject(o.hooks)) checkAll(o.hooks, HOOKS, "hooks.", found);
    if (isObject(o.retry)) checkAll(o.retry, RETRY_FIELDS, "retry.", found);
    checkedCores.set(core, (coreIssues = found));
  }
  const issues = [...coreIssues];
  if (options !== undefined) {
    if (!isObject(options)) return [...issues, { path: ["options"], message: "must be an object" }];
    checkAll(options, CALL, "options.", issues);
    if (isObject(options.retry)) checkAll(options.retry, RETRY_FIELDS, "options.retry.", issues);
    if (isObject(options.extra)) checkAll(options.extra, EXTRA, "options.extra.", issues);
  }
  return issues;
}

