import type { Options as KyOptions } from "ky";
import type { ClerkCore } from "./core.js";
import {
  AbortedError,
  APIError,
  ConnectionError,
  HookError,
  InvalidRequestError,
  ResponseTooLargeError,
  TimeoutError,
  type AnswerParts,
  type ClerkAPIErrorItem,
  type ClerkFnError,
  type Issue,
} from "./errors.js";
import { checkField, checkFields, encodeQuery, fillPath, isPlainObject, parseRetryAfter, type FieldSpec } from "./encoding.js";
import type { BodyEncoder } from "./multipart.js";
import type { Shape } from "./shape.js";
import { buildHeaders, keyProblem } from "./headers.js";
import { redactHeaders } from "./logger.js";
import { readBody } from "./body.js";
import { decode } from "./decode.js";
import { checkOptions } from "./options.js";
import { MAX_RESPONSE_BYTES } from "./limits.js";
import type { CallOptions, HookContext, HttpMethod, Logger, RetryOptions } from "./options.js";
import { err, type Result } from "./result.js";

export type { CallOptions } from "./options.js";

/**
 * What a generated function declares about its operation; `call` does the rest.
 * `T` is the decoded success value.
 */
export interface Operation<T> {
  /** The spec's operationId. */
  readonly id: string;
  readonly method: HttpMethod;
  /** Path template with `{param}` placeholders; every placeholder is a required request key. */
  readonly path: string;
  readonly query?: FieldSpec;
  /** Body fields, taken from the request object side by side with path and query keys. */
  readonly body?: FieldSpec;
  /** `whole`: the `body` key is the JSON body (array bodies, or fields colliding with params). */
  readonly bodyKind?: "whole";
  /** A non-JSON body encoder (`multipart` for the uploads); JSON when absent. */
  readonly encode?: BodyEncoder;
  /** Schema of the 2xx JSON body; `"text"` for text answers; absent when there is no body. */
  readonly response?: Shape<T> | "text";
  /**
   * A second check of the decoded 2xx value, which may be asynchronous: how `request()` applies a
   * Standard Schema it was given. Generated functions have none.
   */
  readonly refine?: (value: unknown, answer: AnswerParts, core: ClerkCore, context: HookContext) => Promise<Result<T, ClerkFnError>>;
  /**
   * The operation takes the `paginated` query flag: with `paginated: true` in the request the API
   * answers `{ data: <response items>, total_count }` instead of the bare array `response` describes.
   */
  readonly paginated?: true;
  /** The operation authenticates with `machineSecretKey` when the core has one (M2M token operations). */
  readonly machineAuth?: true;
  /** The operation needs no secret key (`security: []`), so none is sent. */
  readonly public?: boolean;
  /** Phantom marker so `Operation<T>` keeps `T` even without a schema. */
  readonly __value?: T;
}

const RETRY_METHODS: readonly HttpMethod[] = ["GET", "PUT", "DELETE"];
const RETRY_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504];

/** Thrown into ky when an attempt outlives `timeoutMs`, so its retry policy sees a timeout. */
class AttemptTimeout extends Error {}

/** What the check step hands on: a copy of the request, the filled path, the key to send. */
interface Checked {
  readonly input: Record<string, unknown>;
  readonly path: string;
  readonly key: string | undefined;
}

/**
 * The one request pipeline: check → build → transport → decode. It never throws: every outcome
 * is a Result, and every thrown value becomes an error kind in one place (`classify`).
 */
export async function call<T, E>(
  core: ClerkCore,
  op: Operation<T>,
  request?: object,
  options?: CallOptions,
): Promise<Result<T, E>> {
  const context: HookContext = { operationId: op.id, method: op.method, path: op.path };
  let error: ClerkFnError;
  try {
    const outcome = await send(core, op, request, options, context);
    if (outcome.ok) return outcome as Result<T, E>;
    error = outcome.error;
  } catch (thrown) {
    // Defensive: send() maps everything it knows; anything else is reported, never rethrown.
    error = classify(thrown, undefined, core, op.method, "");
  }
  // Optional chaining: a missing or bogus `core` (untyped callers) must not make the call reject.
  const onError = (core as Partial<ClerkCore> | null | undefined)?.options?.hooks?.onError;
  if (onError) {
    try {
      await onError(error, context);
    } catch (thrown) {
      error = hookError("onError", thrown, core);
    }
  }
  return err(error as E);
}

async function send<T>(
  core: ClerkCore,
  op: Operation<T>,
  request: object | undefined,
  options: CallOptions | undefined,
  context: HookContext,
): Promise<Result<T, ClerkFnError>> {
  const checked = check(core, op, request, options);
  if (checked instanceof InvalidRequestError) return err(checked);
  const signal = options?.signal;
  if (signal?.aborted) return err(new AbortedError("Aborted", { cause: signal.reason }));
  const built = await build(core, op, checked, options);
  if (built instanceof InvalidRequestError) return err(built);
  const [url, init] = built;

  const attemptMs = limit(options?.timeoutMs, core.options.timeoutMs, 30_000);
  const clock = new Clock(limit(options?.totalTimeoutMs, core.options.totalTimeoutMs, 60_000), attemptMs, signal);
  const log = core.options.debugLogger;
  const max = options?.maxResponseBytes ?? core.options.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  const policy = (options?.retry !== undefined ? options.retry : core.options.retry) ?? {};
  const once = transport(core.fetch, clock, log, op.id);
  const hooks = core.options.hooks;
  let response: Response;
  let text = "";
  try {
    response = hooks?.beforeRequest || hooks?.afterResponse ? await viaKy(url, init, once, policy, clock, log, 0, hooksFor(core, context, clock)) : await direct(url, init, once, policy, clock, log);
    if (!response.ok) {
      // Error bodies are read here, not by ky, so the raw text is always kept (HTML pages too).
      try {
        text = await read(response, clock, max);
      } catch (failed) {
        if (clock.ended() || failed instanceof ResponseTooLargeError) throw failed;
      }
      return err(apiError(response, text));
    }
    if (op.response === undefined) await response.body?.cancel();
    else text = await read(response, clock, max);
  } catch (thrown) {
    return err(classify(thrown, clock, core, op.method, url));
  } finally {
    clock.done();
  }
  const decoded = decode(core, op, checked.input, response, text, context);
  return op.refine && decoded.ok ? op.refine(decoded.value, { status: response.status, headers: response.headers, body: text }, core, context) : decoded;
}

/**
 * The first attempt as one plain fetch: a call that needs no retry pays for nothing else (ky
 * builds, merges and clones a Request per attempt). An answer or failure the policy retries is
 * handed to ky's retry loop for the attempts that follow, after the backoff wait.
 */
async function direct(url: string, init: RequestInit, once: typeof fetch, policy: RetryOptions | false, clock: Clock, log: Logger | undefined): Promise<Response> {
  let answer: Response | undefined;
  let failure: unknown;
  try {
    answer = await once(url, init);
    if (answer.ok) return answer;
  } catch (thrown) {
    failure = thrown;
  }
  if (policy === false || !(policy.methods ?? RETRY_METHODS).includes(init.method as HttpMethod) || !(await decideRetry(policy, clock, log, url, answer, failure, 1))) {
    if (answer) return answer;
    throw failure;
  }
  return viaKy(url, init, once, policy, clock, log, 1, undefined);
}

/**
 * The attempts through ky: its retry loop (our policy decides and waits) and, when set, the
 * request hooks. ky is loaded here, on the first retry or hooked call, so a bundler that splits
 * chunks keeps it out of the code every call loads. A non-2xx answer is returned, not thrown.
 */
async function viaKy(
  url: string,
  init: RequestInit,
  once: typeof fetch,
  policy: RetryOptions | false,
  clock: Clock,
  log: Logger | undefined,
  done: number,
  hooks: KyOptions["hooks"],
): Promise<Response> {
  const { default: ky, HTTPError } = await clock.race(import("ky"));
  const retry: KyOptions["retry"] =
    policy === false || (policy.limit ?? 2) <= done
      ? 0
      : {
          limit: (policy.limit ?? 2) - done,
          methods: (policy.methods ?? RETRY_METHODS).map((m) => m.toLowerCase()),
          delay: () => 0,
          shouldRetry: ({ error, retryCount }) =>
            decideRetry(policy, clock, log, url, error instanceof HTTPError ? error.response : undefined, error, retryCount + done),
        };
  try {
    return await ky(url, { ...(init as KyOptions), timeout: false, throwHttpErrors: true, fetch: once, retry, ...(hooks && { hooks }) });
  } catch (thrown) {
    if (thrown instanceof HTTPError && !clock.ended()) return thrown.response;
    throw thrown;
  }
}

/**
 * Step 1: the options, the key and the request, before anything is built. The request is copied
 * once (own enumerable keys into a prototype-less object): a getter or proxy trap that throws,
 * or answers differently on a second read, cannot reach the later steps.
 */
function check(core: ClerkCore, op: Operation<unknown>, request: object | undefined, options: CallOptions | undefined): Checked | InvalidRequestError {
  // Untyped callers: without this, a call with no core threw a TypeError out of the pipeline.
  if (!(core as Partial<ClerkCore> | null | undefined)?.options) return invalid(["core"], "must be a ClerkCore");
  let input: Record<string, unknown> | undefined;
  try {
    input = copy(request);
  } catch {
    return invalid([], "request could not be read (a getter or proxy trap threw)");
  }
  if (!input) return invalid([], "request must be a plain object");
  const issues: Issue[] = checkOptions(core, options);
  const path = fillPath(op.path, input, issues);
  checkFields(input, op.query, issues);
  checkFields(input, op.body, issues);
  const params: string[] = op.path.match(/[^{}]+(?=\})/g) ?? [];
  for (const key in input) {
    // Own keys only: `constructor`, `toString` or `__proto__` are not fields of any operation.
    if (input[key] !== undefined && !params.includes(key) && !has(op.query, key) && !has(op.body, key)) {
      issues.push({ path: [key], message: "is not a parameter of this operation" });
    }
  }
  const extra = options?.extra;
  const query = extra?.query;
  for (const key in isPlainObject(query) ? query : undefined) {
    const value = query![key];
    const problem =
      typeof value === "object" && value !== null && !Array.isArray(value) ? "must be a string, number, boolean or an array of them" : checkField(value, "x");
    if (problem) issues.push({ path: ["options", "extra", "query", key], message: problem });
  }
  if (extra?.body !== undefined && (op.encode || op.method === "GET" || (op.bodyKind === "whole" && !isPlainObject(input.body)))) {
    issues.push({ path: ["options", "extra", "body"], message: "needs an operation with a JSON object body" });
  }
  const keyName = op.machineAuth && core.machineSecretKey ? "machineSecretKey" : "secretKey";
  const key = op.public ? undefined : core[keyName];
  const problem = op.public ? undefined : keyProblem(key, keyName);
  if (problem) issues.push({ path: [keyName], message: problem });
  return issues.length ? new InvalidRequestError(issues) : { input, path, key };
}

/** Step 2: URL, headers and body, as fetch options (the time limits and retries are `send`'s). */
async function build(
  core: ClerkCore,
  op: Operation<unknown>,
  { input, path, key }: Checked,
  options: CallOptions | undefined,
): Promise<readonly [string, RequestInit] | InvalidRequestError> {
  const extra = options?.extra;
  const url = core.serverURL + path + encodeQuery(input, op.query, extra?.query);
  // The one text operation serves HTML; every other answer (errors included) is JSON.
  const headers = buildHeaders(core, options?.headers, op.response === "text" ? "text/html, */*" : "application/json", key);
  const init: RequestInit = { ...options?.fetchOptions, method: op.method, headers };
  if (op.body || extra?.body) {
    try {
      if (op.encode) {
        const [encoded, type] = await op.encode(input, op.body!);
        init.body = encoded;
        headers.set("Content-Type", type);
      } else {
        const fields: Record<string, unknown> = {};
        for (const name in op.body) if (input[name] !== undefined) fields[name] = input[name];
        const json = op.bodyKind === "whole" ? fields.body : fields;
        init.body = JSON.stringify(extra?.body ? { ...(json as object), ...extra.body } : json);
        headers.set("Content-Type", "application/json");
      }
    } catch (thrown) {
      // The caller's input (a BigInt or a cycle deep in metadata) or a runtime without multipart
      // boundaries, not the network: nothing is sent.
      return invalid([], `the body could not be encoded (${String(thrown)})`);
    }
  }
  return [url, init];
}

/**
 * The time limits and aborts of one call, with ONE timer: armed for the earlier of the attempt's
 * and the total deadline when an attempt starts, and kept through the body read, so an attempt
 * lasts at most `timeoutMs` from sending to the last byte. Each wait (fetch, body chunk, backoff)
 * is raced against it, so a custom fetch or stream that ignores its signal is still cut off.
 */
class Clock {
  /** Given to fetch: aborted when the call ends early (caller, total timeout) or abandons an attempt. */
  readonly stop = new AbortController();
  /** Why the call was ended early. */
  reason: "caller" | "total" | undefined;
  /** The current attempt ran past `timeoutMs`. */
  timedOut = false;
  /** Some attempt ran past `timeoutMs` and was given up on. */
  private abandoned = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly end: number;
  /** Rejects the wait in progress. */
  private cut: ((reason: unknown) => void) | undefined;
  private readonly onCaller = (): void => this.halt("caller");

  constructor(
    readonly totalMs: number | undefined,
    readonly attemptMs: number | undefined,
    readonly caller: AbortSignal | undefined,
  ) {
    this.end = totalMs === undefined ? Infinity : Date.now() + totalMs;
    caller?.addEventListener("abort", this.onCaller);
    this.arm(undefined);
  }

  ended(): boolean {
    return this.reason !== undefined || this.timedOut;
  }

  /** ms left of the total budget. */
  remaining(): number {
    return this.end - Date.now();
  }

  /** Starts the timer for one attempt (`ms`), or for the total budget alone (backoff waits). */
  arm(ms: number | undefined): void {
    clearTimeout(this.timer);
    const now = Date.now();
    const attemptEnd = ms === undefined ? Infinity : now + ms;
    const until = Math.min(attemptEnd, this.end);
    if (until === Infinity) return;
    this.timer = setTimeout(() => {
      if (attemptEnd > this.end) return this.halt("total");
      this.timedOut = this.abandoned = true;
      this.cut?.(new AttemptTimeout());
    }, until - now);
  }

  /** Races one wait against the timer and the aborts. */
  race<V>(wait: Promise<V>): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      this.cut = reject;
      if (this.ended()) reject(this.timedOut ? new AttemptTimeout() : this.reason);
      wait.then(resolve, reject);
    });
  }

  /** A backoff wait, cut short by the total budget or the caller's abort. */
  sleep(ms: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    return this.race(new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))).finally(() => clearTimeout(timer));
  }

  halt(reason: "caller" | "total"): void {
    this.reason ??= reason;
    this.stop.abort(reason);
    this.cut?.(reason);
  }

  done(): void {
    clearTimeout(this.timer);
    this.caller?.removeEventListener("abort", this.onCaller);
    // An attempt given up on (timed out, retried) may still hold a connection: end it.
    if (this.abandoned) this.stop.abort();
  }
}

/** The fetch of every attempt (the first one direct, the rest from ky): arms the attempt timer, logs, never follows a redirect. */
function transport(fetchFn: typeof fetch, clock: Clock, log: Logger | undefined, operationId: string): typeof fetch {
  return (input, init) => {
    // ky hands over its Request; the first attempt comes as a URL and plain options.
    const { method, url, headers } = typeof input === "string" ? { ...init, url: input } : (input as Request);
    clock.timedOut = false;
    clock.arm(clock.attemptMs);
    log?.debug(`clerk-fn → ${method} ${url}`, { operationId, headers: redactHeaders(new Headers(headers)) });
    // `manual`: a redirect comes back as a 3xx answer (an `api` error), so a body is never sent
    // to another origin, whatever Request a beforeRequest hook built.
    const sent = Date.now();
    const answer = clock.race(fetchFn(input, { ...init, signal: clock.stop.signal, redirect: "manual" }));
    return log ? answer.then((response) => (log.debug(`clerk-fn ← ${response.status} ${method} ${url}`, { ms: Date.now() - sent }), response)) : answer;
  };
}

/**
 * Step 4 (before decode): the body as text, at most `max` bytes (counted as read, after any
 * decompression), each chunk raced against the clock. A longer body is cut at the limit.
 */
async function read(response: Response, clock: Clock, max: number): Promise<string> {
  const { text, complete } = await readBody(response, max, (pending) => clock.race(pending));
  if (!complete) throw new ResponseTooLargeError({ status: response.status, headers: response.headers, limit: max, body: text });
  return text;
}

/** The one place a thrown value becomes an error kind. Causes are copied without secrets. */
function classify(thrown: unknown, clock: Clock | undefined, core: ClerkCore, method: string, url: string): ClerkFnError {
  // A body over the limit is thrown as its final kind (through ky's retry loop and hooks, which
  // rethrow it as it is); so is a user's hook failing, whose cause is then made safe: a hook may
  // throw the Request it was given, or a message quoting its Authorization header.
  if (thrown instanceof ResponseTooLargeError) return thrown;
  if (thrown instanceof HookError) return hookError(thrown.hook, thrown.cause, core);
  if (clock?.reason === "caller") return new AbortedError("Aborted", { cause: clock.caller!.reason });
  if (clock?.reason === "total") return new TimeoutError(clock.totalMs!, "total");
  if (clock?.timedOut) return new TimeoutError(clock.attemptMs!, "attempt");
  const redact = redactor(core);
  const cause = safeCause(thrown, redact, 0);
  let code: unknown;
  for (let c: unknown = thrown, depth = 0; c instanceof Error && depth < 5 && code === undefined; c = c.cause, depth++) {
    const found = (c as { code?: unknown }).code;
    code = typeof found === "string" ? found : undefined;
  }
  const detail = code ?? (cause instanceof Error ? `${cause.name}: ${cause.message}` : redact(String(cause)));
  // "GET api.clerk.com failed: ENOTFOUND": what was tried, where, and why, in one line.
  return new ConnectionError(`${method} ${url.split("/")[2] ?? ""} failed: ${String(detail)}`, { cause });
}

/** Replaces the core's keys and any `Bearer …` in a text. */
function redactor(core: ClerkCore | undefined): (text: string) => string {
  const secrets = [core?.secretKey, core?.machineSecretKey];
  return (text) => secrets.reduce<string>((t, secret) => (secret ? t.split(secret).join("[redacted]") : t), text).replace(/Bearer\s+\S+/gi, "Bearer [redacted]");
}

/** A hook's failure, its cause copied without secrets (see `safeCause`). */
function hookError(hook: HookError["hook"], cause: unknown, core: ClerkCore | undefined): HookError {
  return new HookError(hook, safeCause(cause, redactor(core), 0));
}

/**
 * A cause without secrets: `Error`s are copied (name, message, `code`, inner cause) with any key
 * or `Bearer …` in a message replaced; ky's errors carry the `Request` and its `Authorization`,
 * which the copy leaves behind. Other objects are dropped.
 */
function safeCause(thrown: unknown, redact: (s: string) => string, depth: number): unknown {
  if (typeof thrown === "string") return redact(thrown);
  if (!(thrown instanceof Error)) return typeof thrown === "object" ? undefined : thrown;
  const inner = depth < 4 && thrown.cause !== undefined ? { cause: safeCause(thrown.cause, redact, depth + 1) } : undefined;
  const copy = new Error(redact(thrown.message), inner);
  copy.name = thrown.name;
  const code = (thrown as { code?: unknown }).code;
  if (typeof code === "string") Object.assign(copy, { code });
  return copy;
}

function apiError(response: Response, body: string): APIError {
  let data: unknown;
  try {
    data = body ? JSON.parse(body) : undefined;
  } catch {
    data = undefined;
  }
  const doc = isPlainObject(data) ? data : undefined;
  const errors = Array.isArray(doc?.errors) ? (doc.errors.filter(isPlainObject) as unknown as ClerkAPIErrorItem[]) : [];
  const trace = doc?.clerk_trace_id ?? response.headers.get("x-clerk-trace-id") ?? undefined;
  return new APIError({
    status: response.status,
    errors,
    clerk_trace_id: typeof trace === "string" ? trace : undefined,
    retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
    headers: response.headers,
    body,
    data,
  });
}

/** ky's hooks, installed only when the user set one: ky clones every response it hands to an afterResponse hook. */
function hooksFor(core: ClerkCore, context: HookContext, clock: Clock): NonNullable<KyOptions["hooks"]> {
  const hooks = core.options.hooks;
  const guard = async (name: "beforeRequest" | "afterResponse", run: () => unknown, kind: typeof Request | typeof Response): Promise<never | undefined> => {
    let out: unknown;
    try {
      out = await clock.race(Promise.resolve(run()));
    } catch (thrown) {
      if (clock.ended()) throw thrown;
      throw new HookError(name, thrown);
    }
    if (out === undefined || out === null || out instanceof kind) return (out ?? undefined) as never;
    throw new HookError(name, new TypeError(`${name} must return a ${kind.name} or nothing`));
  };
  const before = hooks?.beforeRequest;
  const after = hooks?.afterResponse;
  return {
    beforeRequest: before ? [(request) => guard("beforeRequest", () => before(request, context), Request)] : [],
    afterResponse: after ? [(request, _options, response) => guard("afterResponse", () => after(response, request, context), Response)] : [],
  };
}

/** A time limit from the call, else the core, else the default; `false` and `Infinity` mean none. */
function limit(perCall: number | false | undefined, perCore: number | false | undefined, fallback: number): number | undefined {
  const value = perCall !== undefined ? perCall : perCore !== undefined ? perCore : fallback;
  return value === false || value === Infinity ? undefined : value;
}

/**
 * Our retry policy, for the first attempt and inside ky's retry loop: decides whether a non-2xx
 * `answer`, or the `error` fetch threw, is retried, and waits first — backoff with full
 * jitter, or `Retry-After` — on the clock, so ky's own delay is 0. A `Retry-After` beyond
 * `maxRetryAfterMs` or the time left returns the answer at once (with `retryAfterMs`); one that
 * cannot be parsed means the normal backoff. `retryCount` counts from 1 for the first retry.
 */
async function decideRetry(
  policy: RetryOptions,
  clock: Clock,
  log: Logger | undefined,
  url: string,
  answer: Response | undefined,
  error: unknown,
  retryCount: number,
): Promise<boolean> {
  let wait: number | undefined;
  if (clock.reason) return false;
  clock.arm(undefined);
  if (answer) {
    const { status, headers, body } = answer;
    if (!(policy.statusCodes ?? RETRY_STATUSES).includes(status)) return false;
    const after = status === 429 || status === 503 ? parseRetryAfter(headers.get("retry-after")) : undefined;
    if (after !== undefined && (after > (policy.maxRetryAfterMs ?? 30_000) || after > clock.remaining())) return false;
    wait = after;
    body?.cancel().catch(() => undefined);
  } else if (error instanceof AttemptTimeout ? policy.retryOnTimeout === false : !(error instanceof TypeError)) {
    // fetch reports network failures as TypeError in every runtime; anything else a custom
    // fetch throws is a bug or a deliberate refusal, and sending it again will not help.
    return false;
  }
  wait ??= Math.random() * Math.min(policy.maxDelayMs ?? 8_000, (policy.initialDelayMs ?? 500) * 2 ** (retryCount - 1));
  clock.timedOut = false;
  log?.debug(`clerk-fn ↻ retry ${retryCount} of ${url}`, { reason: answer ? `HTTP ${answer.status}` : (error as Error).name, waitMs: Math.round(wait) });
  await clock.sleep(wait);
  return true;
}

function copy(request: unknown): Record<string, unknown> | undefined {
  if (request === undefined) return {};
  if (!isPlainObject(request)) return undefined;
  const out: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(request)) out[key] = request[key];
  return out;
}

function has(spec: FieldSpec | undefined, key: string): boolean {
  return spec !== undefined && Object.hasOwn(spec, key);
}

function invalid(path: Issue["path"], message: string): InvalidRequestError {
  return new InvalidRequestError([{ path, message }]);
}
