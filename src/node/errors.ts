/**
 * Why a Node.js request could not be turned into what was asked for. Stable strings.
 *
 * - `body-parsed`: a body parser (express.json(), Fastify's JSON parser…) already consumed the
 *   stream and left parsed JSON: the raw bytes, which a webhook signature covers, are gone.
 * - `body-consumed`: the stream was already read and nothing usable was left on the request.
 * - `body-too-large`: the body is longer than `maxBodyBytes`.
 * - `body-unreadable`: the stream failed while being read (the client went away?).
 * - `invalid-request`: the object is not a Node.js request (no `headers`).
 */
export type NodeAdapterReason = "body-parsed" | "body-consumed" | "body-too-large" | "body-unreadable" | "invalid-request";

/** A request clerk-fn/node could not convert, as a value (never thrown). */
export class NodeAdapterError extends Error {
  readonly kind = "node-adapter" as const;
  override readonly name = "NodeAdapterError";
  readonly reason: NodeAdapterReason;

  constructor(reason: NodeAdapterReason, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.reason = reason;
  }
}
