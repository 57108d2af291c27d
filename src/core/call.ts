import ky, { HTTPError, TimeoutError as KyTimeoutError, type Options as KyOptions } from "ky";
import type { GenericSchema } from "valibot";
import type { ClerkCore } from "./core.js";
import {
  AbortedError,
  APIError,
  ConnectionError,
  HookError,
  InvalidRequestError,
  TimeoutError,
  type ClerkAPIErrorItem,
  type ClerkFnError,
  type Issue,
} from "./errors.js";
import { checkFields, encodeQuery, fillPath, isPlainObject, parseRetryAfter, type FieldSpec } from "./encoding.js";
import type { BodyEncoder } from "./multipart.js";
import { apiHeaders } from "./headers.js";
import { redactHeaders } from "./logger.js";
import { decode } from "./decode.js";
import type { CallOptions, HookContext, HttpMethod, RetryOptions } from "./options.js";
import { err, ok, type Result } from "./result.js";

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
  readonly response?: GenericSchema<unknown, T> | "text";
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

/** Marks an error thrown by a user's hook so it is not mistaken for a transport error. */
class HookFailure {
  constructor(
    readonly hook: "beforeRequest" | "afterResponse",
    readonly cause: unknown,
  ) {}
}

/**
 * The one request pipeline: check the request, build URL, headers and body, send through ky
 * (retries, timeouts, hooks), decode the answer. It never throws: every outcome is a Result.
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
    error = new ConnectionError("The request failed", { cause: withoutRequest(thrown) });
  }
  // Optional chaining: a missing or bogus `core` (untyped callers) must not make the call reject.
  const onError = (core as Partial<ClerkCore> | null | undefined)?.options?.hooks?.onError;
  if (onError) {
    try {
      await onError(error, context);
    } catch (thrown) {
      error = new HookError("onError", thrown);
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
  // Untyped callers: without this, a call with no core threw a TypeError out of the pipeline.
  if (!(core as Partial<ClerkCore> | null | undefined)?.options) return err(new InvalidRequestError([{ path: ["core"], message: "must be a ClerkCore" }]));
  const input = (request ?? {}) as Record<string, unknown>;
  const issues: Issue[] = [];
  if (request !== undefined && !isPlainObject(request)) {
    return err(new InvalidRequestError([{ path: [], message: "request must be a plain object" }]));
  }
  const path = fillPath(op.path, input, issues);
  if (op.query) checkFields(input, op.query, issues);
  if (op.body) checkFields(input, op.body, issues);
  for (const key in input) {
    if (input[key] !== undefined && !op.path.includes(`{${key}}`) && !op.query?.[key] && !op.body?.[key]) {
      issues.push({ path: [key], message: "is not a parameter of this operation" });
    }
  }
  const secretKey = core.secretKey;
  if (!op.public && !secretKey) issues.push({ path: ["secretKey"], message: "ClerkCore has no secretKey" });
  if (issues.length) return err(new InvalidRequestError(issues));
  if (options?.signal?.aborted) return err(new AbortedError("Aborted", { cause: options.signal.reason }));

  const url = core.serverURL + path + (op.query ? encodeQuery(input, op.query) : "");
  // The one text operation serves HTML; every other answer (errors included) is JSON.
  const accept = op.response === "text" ? "text/html, */*" : "application/json";
  const headers = apiHeaders(core, options?.headers, accept, op.public ? undefined : secretKey);

  let body: BodyInit | undefined;
  if (op.body) {
    try {
      if (op.encode) {
        const [encoded, type] = await op.encode(input, op.body);
        body = encoded;
        headers.set("Content-Type", type);
      } else {
        const fields: Record<string, unknown> = {};
        for (const key in op.body) if (input[key] !== undefined) fields[key] = input[key];
        body = JSON.stringify(op.bodyKind === "whole" ? fields.body : fields);
        headers.set("Content-Type", "application/json");
      }
    } catch (thrown) {
      // The caller's input (a BigInt or a cycle deep in metadata) or a runtime without multipart
      // boundaries, not the network: nothing is sent.
      return err(new InvalidRequestError([{ path: [], message: `the body could not be encoded (${String(thrown)})` }]));
    }
  }

  const log = core.options.debugLogger;
  const started = Date.now();
  const totalTimeout = pick(options?.totalTimeoutMs, core.options.totalTimeoutMs, 60_000);
  const attemptTimeout = pick(options?.timeoutMs, core.options.timeoutMs, 30_000);
  const hooks = core.options.hooks;

  // One controller ends the whole call: the total budget, and a body read that outlives the
  // attempt timeout (ky bounds each attempt only until the headers arrive). Combined with the
  // caller's signal, it also cuts ky's backoff waits short.
  const stop = new AbortController();
  const signal = options?.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const totalTimer = totalTimeout === false ? undefined : setTimeout(() => stop.abort(TOTAL), totalTimeout);

  const kyOptions: KyOptions = {
    ...options?.fetchOptions,
    method: op.method,
    headers,
    fetch: core.fetch,
    timeout: attemptTimeout,
    signal,
    retry: retryFor(pick(options?.retry, core.options.retry, {})),
    throwHttpErrors: true,
    // Hooks are installed only when something listens: ky clones every response it hands to an
    // afterResponse hook, which measurably slowed every call (bench/RESULTS.md).
    hooks: {
      beforeRequest:
        hooks?.beforeRequest || log
          ? [
              async (req) => {
                let out: Request | void = undefined;
                if (hooks?.beforeRequest) {
                  try {
                    out = await hooks.beforeRequest(req, context);
                  } catch (thrown) {
                    throw new HookFailure("beforeRequest", thrown);
                  }
                }
                log?.debug(`clerk-fn → ${op.method} ${url}`, { operationId: op.id, headers: redactHeaders((out ?? req).headers) });
                return out;
              },
            ]
          : [],
      beforeRetry: log
        ? [
            ({ error, retryCount }) => {
              log.debug(`clerk-fn ↻ retry ${retryCount} of ${op.method} ${url}`, { reason: error.name });
            },
          ]
        : [],
      afterResponse:
        hooks?.afterResponse || log
          ? [
              async (req, _options, response) => {
                log?.debug(`clerk-fn ← ${response.status} ${op.method} ${url}`, { ms: Date.now() - started });
                if (!hooks?.afterResponse) return;
                try {
                  return (await hooks.afterResponse(response, req, context)) ?? undefined;
                } catch (thrown) {
                  throw new HookFailure("afterResponse", thrown);
                }
              },
            ]
          : [],
    },
  };
  if (body !== undefined) kyOptions.body = body;

  try {
    let response: Response;
    try {
      response = await ky(url, kyOptions);
    } catch (thrown) {
      if (!(thrown instanceof HTTPError) || signal.aborted) return err(mapThrown(thrown, options?.signal, stop.signal, attemptTimeout, totalTimeout));
      // Error bodies are read here, not by ky, so the raw text is always kept (HTML pages too).
      const text = await readBody(thrown.response, signal, stop, attemptTimeout).catch(() => "");
      if (signal.aborted) return err(mapThrown(signal.reason, options?.signal, stop.signal, attemptTimeout, totalTimeout));
      return err(apiError(thrown.response, text));
    }
    let text = "";
    try {
      if (op.response === undefined) await response.body?.cancel();
      else text = await readBody(response, signal, stop, attemptTimeout);
    } catch (thrown) {
      if (signal.aborted) return err(mapThrown(thrown, options?.signal, stop.signal, attemptTimeout, totalTimeout));
      return err(new ConnectionError("The request failed", { cause: withoutRequest(thrown) }));
    }
    return decode(core, op, input, response, text, context);
  } finally {
    clearTimeout(totalTimer);
  }
}

/** Why `stop` fired: the total budget, or a body read past the attempt timeout. */
const TOTAL = "clerk-fn: total timeout";
const ATTEMPT = "clerk-fn: attempt timeout";

/**
 * Reads a body as text, bounded by the attempt timeout and cut by any abort. Raced rather than
 * relying on the abort alone: a custom fetch may hand back a stream that ignores the signal.
 */
async function readBody(response: Response, signal: AbortSignal, stop: AbortController, attemptTimeout: number | false): Promise<string> {
  const timer = attemptTimeout === false ? undefined : setTimeout(() => stop.abort(ATTEMPT), attemptTimeout);
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([response.text(), aborted]);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener("abort", onAbort!);
    aborted.catch(() => undefined);
    if (signal.aborted) response.body?.cancel().catch(() => undefined);
  }
}

function mapThrown(
  thrown: unknown,
  callerSignal: AbortSignal | undefined,
  stopSignal: AbortSignal,
  attemptTimeout: number | false,
  totalTimeout: number | false,
): ClerkFnError {
  if (thrown instanceof HookFailure) return new HookError(thrown.hook, thrown.cause);
  if (callerSignal?.aborted) return new AbortedError("Aborted", { cause: callerSignal.reason });
  if (stopSignal.aborted && stopSignal.reason === TOTAL) return new TimeoutError(totalTimeout as number, "total");
  if ((stopSignal.aborted && stopSignal.reason === ATTEMPT) || thrown instanceof KyTimeoutError) {
    return new TimeoutError(attemptTimeout as number, "attempt", { cause: withoutRequest(thrown) });
  }
  return new ConnectionError("The request failed", { cause: withoutRequest(thrown) });
}

/**
 * ky's errors carry the `Request`, whose headers hold `Authorization: Bearer <secret key>`; kept as
 * a cause, `console.log(error)` printed the key. Keep their name, message and inner cause only.
 */
function withoutRequest(thrown: unknown): unknown {
  if (!(thrown instanceof Error) || !("request" in thrown)) return thrown;
  const copy = new Error(thrown.message, thrown.cause === undefined ? undefined : { cause: withoutRequest(thrown.cause) });
  copy.name = thrown.name;
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

function pick<V>(perCall: V | undefined, perCore: V | undefined, fallback: V): V {
  return perCall !== undefined ? perCall : perCore !== undefined ? perCore : fallback;
}

/** Translates our retry policy into ky's, keeping ky's types out of the public API. */
function retryFor(policy: RetryOptions | false): NonNullable<KyOptions["retry"]> {
  if (policy === false) return 0;
  const initial = policy.initialDelayMs ?? 500;
  return {
    limit: policy.limit ?? 2,
    methods: (policy.methods ?? RETRY_METHODS).map((m) => m.toLowerCase()),
    statusCodes: [...(policy.statusCodes ?? RETRY_STATUSES)],
    afterStatusCodes: [413, 429, 503],
    maxRetryAfter: policy.maxRetryAfterMs ?? 30_000,
    backoffLimit: policy.maxDelayMs ?? 8_000,
    delay: (attempt) => initial * 2 ** (attempt - 1),
    jitter: true,
    retryOnTimeout: policy.retryOnTimeout ?? true,
    // fetch reports network failures as TypeError in every runtime; anything else a custom fetch
    // throws is a bug or a deliberate refusal, and sending it again will not help.
    shouldRetry: ({ error }) =>
      error instanceof HTTPError || error instanceof KyTimeoutError || error instanceof TypeError ? undefined : false,
  };
}
