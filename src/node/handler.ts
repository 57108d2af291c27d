// A Fetch API handler — `(Request) => Promise<Response>`, what createWebhookHandler returns —
// served from node:http, Express or Fastify's raw response.
import { toFetchRequest, type ToFetchRequestOptions } from "./request.js";
import type { NodeRequestLike, NodeResponseLike } from "./types.js";

/** A handler in the Fetch API's terms. */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/** Options of {@link toNodeHandler}: how the request is converted (see `toFetchRequest`). */
export type NodeHandlerOptions = Pick<ToFetchRequestOptions, "trustProxy">;

/**
 * Serves a Fetch API handler from node:http or Express:
 * `app.post("/webhooks/clerk", toNodeHandler(createWebhookHandler({ … })))` or
 * `http.createServer(toNodeHandler(handler))`. The body is streamed to the handler (or taken from
 * what `express.raw()` left); a request whose body was already parsed into JSON is answered 500
 * with a message saying how to mount the route, since its raw bytes are gone. The handler's
 * `Response` is written back: status, headers (each `Set-Cookie` kept) and the body, streamed
 * with backpressure. Never throws or rejects: a handler that throws is answered 500.
 */
export function toNodeHandler(
  handler: FetchHandler,
  options?: NodeHandlerOptions,
): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void> {
  return async (req, res) => {
    try {
      const request = toFetchRequest(req, { trustProxy: options?.trustProxy });
      if (!request.ok) {
        return await writeFetchResponse(res, Response.json({ error: request.error.reason, message: request.error.message }, { status: 500 }));
      }
      let response: Response;
      try {
        response = await handler(request.value);
      } catch {
        response = Response.json({ error: "internal_error" }, { status: 500 });
      }
      await writeFetchResponse(res, response);
    } catch {
      // The connection went away mid-write: nothing left to answer.
      if (!res.writableEnded) tryEnd(res);
    }
  };
}

/**
 * Writes a Fetch API `Response` to a node:http `ServerResponse` (or Express's `res`). Never
 * rejects; a body stream that fails midway ends the response.
 */
export async function writeFetchResponse(res: NodeResponseLike, response: Response): Promise<void> {
  try {
    res.statusCode = response.status;
    const cookies = response.headers.getSetCookie();
    for (const [name, value] of response.headers) {
      if (name !== "set-cookie") res.setHeader(name, value);
    }
    if (cookies.length > 0) res.setHeader("set-cookie", cookies);
    if (response.body === null) {
      res.end();
      return;
    }
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await drained(res);
    }
    res.end();
  } catch {
    tryEnd(res);
  }
}

function drained(res: NodeResponseLike): Promise<void> {
  return new Promise((resolve) => {
    if (typeof res.once !== "function") return resolve();
    // "close" too: a client that disconnects never drains, and the loop must not hang on it.
    res.once("drain", resolve);
    res.once("close", resolve);
  });
}

function tryEnd(res: NodeResponseLike): void {
  try {
    res.end();
  } catch {
    // Already destroyed.
  }
}
