/**
 * A fake `fetch` for tests: records every request that reaches it (method, URL, headers, body)
 * and answers from a queue of replies or from a function. Nothing touches the network.
 *
 * ```ts
 * const fake = fakeFetch([json({ id: "user_1" }), json({ errors: [] }, { status: 404 })]);
 * const core = new ClerkCore({ secretKey: "sk_test_x", fetch: fake.fetch });
 * await usersGet(core, { user_id: "user_1" });
 * expect(fake.calls[0]?.url).toBe("https://api.clerk.com/v1/users/user_1");
 * ```
 */

/** One request as `fetch` received it. Header names are lower-case. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  /** The body as text (`undefined` when the request had none). */
  readonly body: string | undefined;
  /** The parsed multipart body, when the request was `multipart/form-data`. */
  readonly form: FormData | undefined;
  /** The body parsed as JSON, when it was JSON. */
  readonly json: unknown;
  /** `performance.now()` when the request arrived, to measure waits between attempts. */
  readonly at: number;
  /** The `init` the caller passed next to the `Request`, if any. */
  readonly init: RequestInit | undefined;
  /** The request's signal, to check it is wired to the caller's. */
  readonly signal: AbortSignal;
  /** The request itself (body already read), for any other property (`cache`, `keepalive`, …). */
  readonly request: Request;
}

/** A reply described as data; `json` wins over `text`. */
export interface ReplyInit {
  readonly status?: number;
  readonly json?: unknown;
  readonly text?: string;
  readonly headers?: HeadersInit;
  /** Wait this long before answering (aborts with the request's signal). */
  readonly delayMs?: number;
  /** Never answer; reject only when the request's signal aborts (for timeouts and aborts). */
  readonly hang?: true;
}

/**
 * What one call answers: a `Response`, a `ReplyInit`, an `Error` (fetch rejects with it), or a
 * function computing any of those from the request and the 0-based call number.
 */
export type Reply = Response | ReplyInit | Error | ReplyFn;
/** Computes a reply from the request (its body still unread) and the 0-based call number. */
export type ReplyFn = (request: Request, call: number) => Response | ReplyInit | Error | Promise<Response | ReplyInit | Error>;

export interface FakeFetch {
  /** Pass this as `ClerkCore`'s `fetch`. */
  readonly fetch: typeof fetch;
  /** Every request received, in order. */
  readonly calls: RecordedRequest[];
  /** Queue more replies. */
  push(...replies: Reply[]): void;
  /** Replies still queued. */
  readonly pending: number;
}

/** A JSON reply (status 200 unless given). */
export function json(body: unknown, init: { status?: number; headers?: HeadersInit } = {}): ReplyInit {
  return { status: init.status ?? 200, json: body, ...(init.headers ? { headers: init.headers } : {}) };
}

/** A text reply (status 200 unless given, `text/plain` unless a content type is given). */
export function text(body: string, init: { status?: number; headers?: HeadersInit } = {}): ReplyInit {
  const headers = new Headers(init.headers);
  if (!headers.has("content-type")) headers.set("content-type", "text/plain; charset=utf-8");
  return { status: init.status ?? 200, text: body, headers };
}

/** A Clerk error document, as the API sends it for 4xx answers. */
export function clerkError(
  status: number,
  errors: { code: string; message: string; long_message?: string; meta?: Record<string, unknown> }[],
  extra: { clerk_trace_id?: string; headers?: HeadersInit } = {},
): ReplyInit {
  const body: Record<string, unknown> = { errors };
  if (extra.clerk_trace_id) body.clerk_trace_id = extra.clerk_trace_id;
  return { status, json: body, ...(extra.headers ? { headers: extra.headers } : {}) };
}

/** Turns a reply description into a fresh `Response` (a `Response` body can be read only once). */
export function toResponse(reply: ReplyInit): Response {
  const status = reply.status ?? 200;
  const headers = new Headers(reply.headers);
  let body: string | null = null;
  if (reply.json !== undefined) {
    body = JSON.stringify(reply.json);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  } else if (reply.text !== undefined) {
    body = reply.text;
  }
  // 204/205/304 must not carry a body.
  if (status === 204 || status === 205 || status === 304) body = null;
  return new Response(body, { status, headers });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}

function waitFor(ms: number | undefined, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortReason(signal));
    const timer = ms === undefined ? undefined : setTimeout(done, ms);
    function onAbort(): void {
      clearTimeout(timer);
      reject(abortReason(signal));
    }
    function done(): void {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

async function record(request: Request, init: RequestInit | undefined): Promise<RecordedRequest> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  let body: string | undefined;
  let form: FormData | undefined;
  let parsed: unknown;
  if (request.body !== null) {
    const bytes = await request.arrayBuffer();
    body = new TextDecoder().decode(bytes);
    const type = headers["content-type"] ?? "";
    if (type.startsWith("multipart/form-data")) {
      form = await new Response(bytes, { headers: { "content-type": type } }).formData();
    } else if (type.includes("json")) {
      try {
        parsed = JSON.parse(body);
      } catch {
        parsed = undefined;
      }
    }
  }
  return {
    method: request.method,
    url: request.url,
    headers,
    body,
    form,
    json: parsed,
    at: performance.now(),
    init,
    signal: request.signal,
    request,
  };
}

/**
 * A recording fake `fetch`. With an array, each call takes the next reply (a call beyond the
 * queue answers 599 with a message, so the test sees it); with a function, every call asks it.
 */
export function fakeFetch(replies: Reply[] | ReplyFn = []): FakeFetch {
  const queue: Reply[] = Array.isArray(replies) ? [...replies] : [];
  const handler = Array.isArray(replies) ? undefined : replies;
  const calls: RecordedRequest[] = [];

  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const n = calls.length;
    // Record from a clone so a reply function can still read the original body.
    calls.push(await record(request.clone(), init));
    let reply: Reply | undefined = handler ?? queue.shift();
    if (reply === undefined) {
      return new Response(`fakeFetch: no reply queued for call #${n} (${request.method} ${request.url})`, { status: 599 });
    }
    if (typeof reply === "function") reply = await reply(request, n);
    if (reply instanceof Error) throw reply;
    if (reply instanceof Response) return reply;
    if (reply.hang) {
      await waitFor(undefined, request.signal);
      throw abortReason(request.signal);
    }
    if (reply.delayMs !== undefined) await waitFor(reply.delayMs, request.signal);
    return toResponse(reply);
  };

  return {
    fetch: fetchImpl as typeof fetch,
    calls,
    push(...more: Reply[]) {
      queue.push(...more);
    },
    get pending() {
      return queue.length;
    },
  };
}
