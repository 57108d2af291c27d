// Node.js request → Fetch API `Request`: what authenticateRequest, verifyWebhookRequest and
// createWebhookHandler take. Web globals only (no node: import), so the module also bundles for
// Bun and Deno's node compatibility.
import { err, ok, type Result } from "../core/result.js";
import { NodeAdapterError } from "./errors.js";
import type { NodeHeaders, NodeRequestLike } from "./types.js";

/** Options of {@link toFetchRequest}. */
export interface ToFetchRequestOptions {
  /**
   * Take the scheme and host from `X-Forwarded-Proto` / `X-Forwarded-Host` (their first entry).
   * Only set this behind a proxy you run that overwrites those headers: otherwise any client can
   * choose the URL the app believes it was called on. Default `false`: the `Host` header and
   * whether the socket is TLS.
   */
  readonly trustProxy?: boolean | undefined;
  /**
   * `true` (default): the body goes along for methods other than GET and HEAD — streamed when
   * nobody has read it yet, or the bytes/text a body parser left. `false`: no body (enough for
   * authentication, which reads only headers, and it leaves the stream to later middleware).
   */
  readonly body?: boolean | undefined;
  /** Upper bound for a body read into memory by {@link readRawBody}. Default 1 MiB. */
  readonly maxBodyBytes?: number | undefined;
}

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const encoder = /*#__PURE__*/ new TextEncoder();

/**
 * Converts a node:http / Express / Fastify request into a Fetch API `Request` with the absolute
 * URL (see `trustProxy`), the method, every header (repeated ones kept: `set-cookie` entries
 * appended, duplicate cookies joined as node does) and, unless `body: false`, the body.
 * Never throws: a request whose body a parser already turned into JSON gives `body-parsed`
 * (pass `body: false` when the body is not needed), a non-request `invalid-request`.
 */
export function toFetchRequest(req: NodeRequestLike, options?: ToFetchRequestOptions): Result<Request, NodeAdapterError> {
  try {
    const node = nodeRequest(req);
    if (!node) return err(new NodeAdapterError("invalid-request", "toFetchRequest needs a node:http, Express or Fastify request (with headers)."));
    const method = (typeof node.method === "string" && node.method !== "" ? node.method : "GET").toUpperCase();
    const headers = fetchHeaders(node.headers);
    const init: RequestInit & { duplex?: "half" } = { method, headers };
    if (options?.body !== false && method !== "GET" && method !== "HEAD") {
      const body = bodyOf(req, node);
      if (!body.ok) return body;
      if (body.value !== undefined) {
        init.body = body.value as BodyInit;
        // Node's fetch requires `duplex` for a streamed request body.
        if (body.value instanceof ReadableStream) init.duplex = "half";
      }
    }
    return ok(new Request(requestUrl(req, node, options?.trustProxy === true), init));
  } catch (cause) {
    return err(new NodeAdapterError("invalid-request", "The request could not be converted to a Fetch API Request.", { cause }));
  }
}

/**
 * The raw body bytes of a Node.js request, as a webhook signature needs them. Works with no body
 * parser (the stream is read, up to `maxBodyBytes`, default 1 MiB), with `express.raw()` or a
 * Fastify buffer parser (the Buffer they left) and with `express.text()` (the text, re-encoded
 * as UTF-8). Parsed JSON is refused with `body-parsed`: re-serialising it would not give the bytes
 * that were signed. Never rejects.
 */
export async function readRawBody(req: NodeRequestLike, options?: Pick<ToFetchRequestOptions, "maxBodyBytes">): Promise<Result<Uint8Array, NodeAdapterError>> {
  try {
    const node = nodeRequest(req);
    if (!node) return err(new NodeAdapterError("invalid-request", "readRawBody needs a node:http, Express or Fastify request."));
    const body = bodyOf(req, node);
    if (!body.ok) return body;
    const value = body.value;
    if (value === undefined) return ok(new Uint8Array(0));
    if (value instanceof Uint8Array) return ok(value);
    const max = options?.maxBodyBytes;
    // NaN or a negative limit would disable the check: the default applies instead.
    return await readStream(value, typeof max === "number" && max >= 0 ? max : DEFAULT_MAX_BODY_BYTES);
  } catch (cause) {
    return err(new NodeAdapterError("body-unreadable", "The request body could not be read.", { cause }));
  }
}

/** Fastify wraps the node request in `raw`; Express and node:http hand it over directly. */
function nodeRequest(req: NodeRequestLike): NodeRequestLike | undefined {
  if (typeof req !== "object" || req === null) return undefined;
  const inner = req.raw;
  const node = typeof inner === "object" && inner !== null && typeof inner.headers === "object" ? inner : req;
  return typeof node.headers === "object" && node.headers !== null ? node : undefined;
}

/**
 * What to send as the body: the bytes or text a parser left on the request (Express puts them
 * on `req.body`, Fastify on `request.body`), else the unread stream, else nothing usable.
 */
function bodyOf(req: NodeRequestLike, node: NodeRequestLike): Result<Uint8Array | ReadableStream<Uint8Array> | undefined, NodeAdapterError> {
  const parsed = req.body !== undefined ? req.body : node.body;
  if (parsed instanceof Uint8Array) return ok(parsed);
  if (typeof parsed === "string") return ok(encoder.encode(parsed));
  const unread = node.readableEnded !== true && node.readable !== false && typeof node[Symbol.asyncIterator] === "function";
  if (unread) return ok(streamOf(node as NodeRequestLike & AsyncIterable<unknown>));
  if (parsed !== undefined && parsed !== null) {
    return err(
      new NodeAdapterError(
        "body-parsed",
        "The request body was already parsed (express.json() or a JSON content-type parser?), so its raw bytes are gone. Mount this route before the JSON parser, or give it express.raw({ type: \"application/json\" }) (Fastify: a content-type parser with parseAs: \"buffer\").",
      ),
    );
  }
  if (node.readableEnded === true || node.readable === false) {
    return err(new NodeAdapterError("body-consumed", "The request body stream was already read by earlier middleware and left nothing on req.body."));
  }
  return ok(undefined);
}

/**
 * A web stream over the node request. The node stream is only touched on the first read, so a
 * Request that is never read leaves the body to the rest of the app.
 */
function streamOf(source: AsyncIterable<unknown>): ReadableStream<Uint8Array> {
  let iterator: AsyncIterator<unknown> | undefined;
  return new ReadableStream<Uint8Array>({
    async pull(controller): Promise<void> {
      iterator ??= source[Symbol.asyncIterator]();
      const next = await iterator.next();
      if (next.done) return controller.close();
      const chunk = next.value;
      controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : chunk instanceof Uint8Array ? chunk : new Uint8Array(0));
    },
    async cancel(): Promise<void> {
      await iterator?.return?.();
    },
  });
}

async function readStream(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Result<Uint8Array, NodeAdapterError>> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.byteLength;
      if (length > maxBytes) {
        await reader.cancel();
        return err(new NodeAdapterError("body-too-large", `The request body is larger than ${maxBytes} bytes (maxBodyBytes).`));
      }
      chunks.push(value);
    }
  } catch (cause) {
    return err(new NodeAdapterError("body-unreadable", "The request body stream failed while being read.", { cause }));
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return ok(out);
}

/**
 * node:http joins most repeated headers with ", " and cookies with "; " and keeps `set-cookie`
 * as a list; each list entry is appended. HTTP/2 pseudo-headers (`:path`…) and values the Fetch
 * API refuses are left out rather than failing the whole request.
 */
function fetchHeaders(source: NodeHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(source)) {
    if (value === undefined || name.startsWith(":")) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      try {
        headers.append(name, String(item));
      } catch {
        // An invalid name or value (a control character): not something a token can be in.
      }
    }
  }
  return headers;
}

function requestUrl(req: NodeRequestLike, node: NodeRequestLike, trustProxy: boolean): string {
  const headers = node.headers;
  let protocol = (node.socket as { encrypted?: unknown } | null | undefined)?.encrypted === true ? "https" : "http";
  let host = headerValue(headers, "host") ?? headerValue(headers, ":authority");
  if (trustProxy) {
    const proto = firstEntry(headerValue(headers, "x-forwarded-proto"))?.toLowerCase();
    if (proto === "http" || proto === "https") protocol = proto;
    host = firstEntry(headerValue(headers, "x-forwarded-host")) ?? host;
  }
  const origin = validOrigin(protocol, host) ?? `${protocol}://localhost`;
  // Concatenated, not resolved with new URL(path, origin): a target such as "//evil.example/x"
  // or an absolute-form "http://evil.example/x" must not replace the host.
  return new URL(origin + pathOf(req.originalUrl ?? node.originalUrl ?? node.url ?? req.url)).href;
}

function pathOf(target: string | undefined): string {
  if (typeof target !== "string" || target === "") return "/";
  if (target.startsWith("/")) return target;
  // Absolute-form (`GET http://host/path`, sent to proxies): keep only the path and query.
  try {
    const url = new URL(target);
    return url.pathname + url.search;
  } catch {
    return "/";
  }
}

/** `https://host[:port]` when the host is a plain host (no path, user info or spaces), else undefined. */
function validOrigin(protocol: string, host: string | undefined): string | undefined {
  if (host === undefined || host === "" || /[/\\@?#\s]/.test(host)) return undefined;
  try {
    return new URL(`${protocol}://${host}`).origin;
  } catch {
    return undefined;
  }
}

function headerValue(headers: NodeHeaders, name: string): string | undefined {
  const value = headers[name];
  if (Array.isArray(value)) return value[0];
  return value === undefined ? undefined : String(value);
}

/** Proxies append: `X-Forwarded-Proto: https, http` — the first entry is the client's side. */
function firstEntry(value: string | undefined): string | undefined {
  const first = value?.split(",")[0]?.trim();
  return first ? first : undefined;
}
