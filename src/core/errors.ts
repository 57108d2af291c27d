/** One entry of Clerk's `errors[]` array (the `ClerkError` schema of the API). */
export interface ClerkAPIErrorItem {
  readonly code: string;
  readonly message: string;
  readonly long_message?: string;
  readonly meta?: Record<string, unknown>;
  readonly [key: string]: unknown;
}

/** A path into the request or response where a check failed, e.g. `["data", 0, "id"]`. */
export type IssuePath = readonly (string | number)[];

/** One failed check, reduced to what a caller can act on. */
export interface Issue {
  readonly path: IssuePath;
  readonly message: string;
}

/** Every error kind clerk-fn returns. Switch on `kind`; each is also an `Error` with a stack. */
export type ErrorKind =
  | "api"
  | "connection"
  | "timeout"
  | "aborted"
  | "response-validation"
  | "invalid-request"
  | "hook";

/** Base class: a stable `kind`, the cause kept (like jose's errors). */
export abstract class ClerkFnError extends Error {
  abstract readonly kind: ErrorKind;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * The API answered with a non-2xx status. `status` is one of the statuses the operation
 * documents, or another one (proxies and gateways answer what they like).
 */
export class APIError<S extends number = number> extends ClerkFnError {
  readonly kind = "api" as const;
  override readonly name = "APIError";
  readonly status: S | (number & {});
  /** Clerk's `errors[]`, empty when the body was not a Clerk error document (e.g. an HTML 502 page). */
  readonly errors: readonly ClerkAPIErrorItem[];
  readonly clerk_trace_id: string | undefined;
  /** From `Retry-After` (seconds or HTTP date), when the response carried one. */
  readonly retryAfterMs: number | undefined;
  readonly headers: Headers;
  /** The raw response body, always kept, also for non-JSON bodies. */
  readonly body: string;
  /** The parsed JSON body, or `undefined` when the body was not JSON. */
  readonly data: unknown;
  constructor(init: {
    status: number;
    errors: readonly ClerkAPIErrorItem[];
    clerk_trace_id: string | undefined;
    retryAfterMs: number | undefined;
    headers: Headers;
    body: string;
    data: unknown;
  }) {
    const first = init.errors[0];
    super(
      first
        ? `API error ${init.status}: ${first.long_message ?? first.message} (${first.code})`
        : `API error ${init.status}`,
    );
    this.status = init.status as S;
    this.errors = init.errors;
    this.clerk_trace_id = init.clerk_trace_id;
    this.retryAfterMs = init.retryAfterMs;
    this.headers = init.headers;
    this.body = init.body;
    this.data = init.data;
  }
}

/** The request never got a response: DNS, refused or reset connection, a `fetch` that rejected. */
export class ConnectionError extends ClerkFnError {
  readonly kind = "connection" as const;
  override readonly name = "ConnectionError";
}

/** No response within `timeoutMs` (one attempt) or `totalTimeoutMs` (all attempts and waits). */
export class TimeoutError extends ClerkFnError {
  readonly kind = "timeout" as const;
  override readonly name = "TimeoutError";
  readonly timeoutMs: number;
  readonly scope: "attempt" | "total";
  constructor(timeoutMs: number, scope: "attempt" | "total", options?: { cause?: unknown }) {
    super(`Request timed out after ${timeoutMs} ms (${scope === "total" ? "total budget" : "per attempt"})`, options);
    this.timeoutMs = timeoutMs;
    this.scope = scope;
  }
}

/** The caller's `AbortSignal` fired, before sending, while waiting, or during a backoff. */
export class AbortedError extends ClerkFnError {
  readonly kind = "aborted" as const;
  override readonly name = "AbortedError";
}

/**
 * A 2xx response whose body does not have the documented shape. `data` is the parsed JSON
 * (the escape hatch), `body` the raw text.
 */
export class ResponseValidationError extends ClerkFnError {
  readonly kind = "response-validation" as const;
  override readonly name = "ResponseValidationError";
  readonly status: number;
  readonly issues: readonly Issue[];
  readonly headers: Headers;
  readonly body: string;
  readonly data: unknown;
  constructor(init: { status: number; issues: readonly Issue[]; headers: Headers; body: string; data: unknown }, message?: string) {
    super(message ?? `Response ${init.status} does not match the documented shape: ${describeIssues(init.issues)}`);
    this.status = init.status;
    this.issues = init.issues;
    this.headers = init.headers;
    this.body = init.body;
    this.data = init.data;
  }
}

/** The request was refused before anything was sent (missing or empty path param, wrong type). */
export class InvalidRequestError extends ClerkFnError {
  readonly kind = "invalid-request" as const;
  override readonly name = "InvalidRequestError";
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(`Invalid request, nothing was sent: ${describeIssues(issues)}`);
    this.issues = issues;
  }
}

/** A hook (`beforeRequest`, `afterResponse`, `onError`) threw; the error it threw is the cause. */
export class HookError extends ClerkFnError {
  readonly kind = "hook" as const;
  override readonly name = "HookError";
  readonly hook: "beforeRequest" | "afterResponse" | "onError";
  constructor(hook: "beforeRequest" | "afterResponse" | "onError", cause: unknown) {
    super(`The ${hook} hook threw`, { cause });
    this.hook = hook;
  }
}

/** Errors that come from moving bytes, not from the API's answer. */
export type TransportError = ConnectionError | TimeoutError | AbortedError | HookError;

/**
 * The errors an operation can return: an `api` error with one of its documented statuses,
 * a transport error, `invalid-request`, and — for operations with a JSON body to decode
 * (`Decoded` true) — `response-validation`.
 */
export type CallError<S extends number, Decoded extends boolean = true> =
  | APIError<S>
  | TransportError
  | InvalidRequestError
  | (Decoded extends true ? ResponseValidationError : never);

/** Any error a clerk-fn function returns. */
export type AnyClerkError = CallError<number>;

function describeIssues(issues: readonly Issue[]): string {
  const shown = issues.slice(0, 3).map((i) => (i.path.length ? `${i.path.join(".")}: ` : "") + i.message);
  return shown.join("; ") + (issues.length > 3 ? ` (+${issues.length - 3} more)` : "");
}
