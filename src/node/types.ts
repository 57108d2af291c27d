// Structural types for the Node.js request and response objects that node:http, Express and
// Fastify hand to a handler. Declared here rather than imported from @types/node, express or
// fastify, so that using clerk-fn/node needs none of those type packages and bundles none of
// their code.

/** Header values as node:http parses them (`set-cookie` is a list, duplicates of most others are joined). */
export type NodeHeaders = Readonly<Record<string, string | readonly string[] | number | undefined>>;

/**
 * What clerk-fn/node reads from an incoming request: a node:http `IncomingMessage`, an Express
 * `req`, or a Fastify `request` (whose node request is `raw`).
 */
export interface NodeRequestLike {
  readonly method?: string | undefined;
  /** The request target: path and query (node:http; Express rewrites it inside routers). */
  readonly url?: string | undefined;
  /** Express: the target before routers rewrote `url`. */
  readonly originalUrl?: string | undefined;
  readonly headers: NodeHeaders;
  /** The connection; a TLS socket has `encrypted: true`. (`unknown`: node's Socket shares no typed field with a smaller shape.) */
  readonly socket?: unknown;
  /** What a body parser left: bytes (express.raw), text (express.text) or parsed JSON. */
  readonly body?: unknown;
  /** Fastify: the node:http request underneath. */
  readonly raw?: NodeRequestLike | undefined;
  /** `true` once the body stream has been read to its end. */
  readonly readableEnded?: boolean | undefined;
  /** `false` once the body stream has been consumed or destroyed. */
  readonly readable?: boolean | undefined;
  /** The body stream: node requests are async iterables of Buffer chunks. */
  [Symbol.asyncIterator]?(): AsyncIterator<unknown>;
}

/** What clerk-fn/node writes to: a node:http `ServerResponse` (Express's `res` is one). */
export interface NodeResponseLike {
  statusCode: number;
  setHeader(name: string, value: string | readonly string[]): unknown;
  /** `res.write(chunk)`; its boolean return is the backpressure signal. */
  write(chunk: Uint8Array): boolean;
  end(chunk?: string | Uint8Array): unknown;
  once?(event: "drain" | "close", listener: () => void): unknown;
  readonly headersSent?: boolean | undefined;
  readonly writableEnded?: boolean | undefined;
  /** Express: values for the rest of the request's middleware. */
  locals?: Record<string, unknown> | undefined;
}

/** The `next` of Express / Connect middleware. */
export type NextFunction = (error?: unknown) => void;
