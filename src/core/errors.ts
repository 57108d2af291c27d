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
  | "hook"
  | "response-too-large";

/** Base class: a stable `kind`, the cause kept (like jose's errors). */
export abstract class ClerkFnError extends Error {
  abstract readonly kind: ErrorKind;
}

/** What an `APIError` carries besides its message. */
export interface APIErrorInit {
  readonly status: number;
  readonly errors: readonly ClerkAPIErrorItem[];
  readonly clerk_trace_id: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly headers: Headers;
  readonly body: string;
  readonly data: unknown;
}

// Fields below are `declare`d and filled with one Object.assign: the classes stay declarations
// and the bundle does not repeat a field list and an assignment per property.

/**
 * The API answered with a non-2xx status. `status` is one of the statuses the operation
 * documents, or another one (proxies and gateways answer what they like).
 */
export class APIError<S extends number = number> extends ClerkFnError {
  readonly kind = "api" as const;
  override readonly name = "APIError";
  declare readonly status: S | (number & {});
  /** Clerk's `errors[]`, empty when the body was not a Clerk error document (e.g. an HTML 502 page). */
  declare readonly errors: readonly ClerkAPIErrorItem[];
  declare readonly clerk_trace_id: string | undefined;
  /** From `Retry-After` (seconds or HTTP date), when the response carried one. */
  declare readonly retryAfterMs: number | undefined;
  declare readonly headers: Headers;
  /** The raw response body, always kept, also for non-JSON bodies. */
  declare readonly body: string;
  /** The parsed JSON body, or `undefined` when the body was not JSON. */
  declare readonly data: unknown;
  constructor(init: APIErrorInit) {
    const first = init.errors[0];
    // The message names where it pointed without query, fragment or credentials, which may carry
    // tokens or personal data; `headers` keep the whole Location.
    const location = init.status > 299 && init.status < 400 ? init.headers.get("location")?.replace(/[?#][^]*$/, "").replace(/\/\/[^/]*@/, "//") : null;
    // Redirects are never followed (the Backend API does not redirect; following one would send
    // the body to wherever it points): the answer says where it pointed.
    super(
      `API error ${init.status}` +
        (first ? `: ${first.long_message ?? first.message} (${first.code})` : location ? `: redirect to ${location} not followed` : ""),
    );
    Object.assign(this, init);
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
  declare readonly timeoutMs: number;
  declare readonly scope: "attempt" | "total";
  constructor(timeoutMs: number, scope: "attempt" | "total", options?: { cause?: unknown }) {
    super(`Request timed out after ${timeoutMs} ms (${scope})`, options);
    Object.assign(this, { timeoutMs, scope });
  }
}

/** The caller's `AbortSignal` fired, before sending, while waiting, or during a backoff. */
export class AbortedError extends ClerkFnError {
  readonly kind = "aborted" as const;
  override readonly name = "AbortedError";
}

/** The parts of an answer an error about its body keeps. */
export interface AnswerParts {
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
}

/** What a `ResponseValidationError` carries. */
export interface ResponseValidationInit extends AnswerParts {
  readonly issues: readonly Issue[];
  readonly data: unknown;
}

/**
 * A 2xx response whose body does not have the documented shape. `issues` name paths and JSON
 * types only. `data` is the parsed JSON (the escape hatch), `body` the raw text; both are
 * non-enumerable, so logging, `JSON.stringify` or `util.inspect` of the error never prints the
 * personal data a body carries, while `error.data` and `error.body` still read them.
 */
export class ResponseValidationError extends ClerkFnError {
  readonly kind = "response-validation" as const;
  // Widened so PaginationError (a subclass) can name itself and stay assignable to this class.
  override readonly name: string = "ResponseValidationError";
  declare readonly status: number;
  declare readonly issues: readonly Issue[];
  declare readonly headers: Headers;
  declare readonly body: string;
  declare readonly data: unknown;
  constructor(init: ResponseValidationInit, message?: string) {
    const shown = init.issues.slice(0, 5);
    const more = init.issues.length > shown.length ? ` (+${init.issues.length - shown.length} more)` : "";
    super(message ?? `Response ${init.status} does not match the documented shape: ${describeIssues(shown)}${more}`);
    const { body, data, ...rest } = init;
    Object.assign(this, rest);
    Object.defineProperties(this, { body: { value: body }, data: { value: data } });
  }
}

/** The request was refused before anything was sent (missing or empty path param, wrong type). */
export class InvalidRequestError extends ClerkFnError {
  readonly kind = "invalid-request" as const;
  override readonly name = "InvalidRequestError";
  declare readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(`Invalid request, nothing was sent: ${describeIssues(issues)}`);
    Object.assign(this, { issues });
  }
}

/** A hook (`beforeRequest`, `afterResponse`, `onError`) threw; the error it threw is the cause. */
export class HookError extends ClerkFnError {
  readonly kind = "hook" as const;
  override readonly name = "HookError";
  declare readonly hook: "beforeRequest" | "afterResponse" | "onError";
  constructor(hook: "beforeRequest" | "afterResponse" | "onError", cause: unknown) {
    super(`The ${hook} hook threw`, { cause });
    Object.assign(this, { hook });
  }
}

/** What a `ResponseTooLargeError` carries; `body` is the text of the first `limit` bytes. */
export interface ResponseTooLargeInit extends AnswerParts {
  /** The `maxResponseBytes` in force. */
  readonly limit: number;
}

/**
 * The answer was longer than `maxResponseBytes` (counted after decompression, while reading):
 * the read was stopped there, so a huge or gzip-bomb body never fills memory. Its fields are
 * those of `ResponseTooLargeInit` (merged in by the interface below).
 */
export class ResponseTooLargeError extends ClerkFnError {
  readonly kind = "response-too-large" as const;
  override readonly name = "ResponseTooLargeError";
  constructor(init: ResponseTooLargeInit) {
    super(`Response ${init.status} is larger than maxResponseBytes (${init.limit})`);
    Object.assign(this, init);
  }
}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- fields filled by Object.assign
export interface ResponseTooLargeError extends ResponseTooLargeInit {}

/** Errors that come from moving bytes, not from the API's answer. */
export type TransportError = ConnectionError | TimeoutError | AbortedError | HookError | ResponseTooLargeError;

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
  return issues.map((i) => (i.path.length ? `${i.path.join(".")}: ` : "") + i.message).join("; ");
}
