// createWebhookHandler: the receiving end of Clerk's webhooks as one Fetch API handler — verify,
// dedupe on the message id, dispatch to a handler per event type, answer Svix in its terms.
import { verifyWebhookRequest, type VerifyWebhookOptions } from "./verify.js";
import type { WebhookVerificationError } from "./errors.js";
import type { KnownWebhookEventType, WebhookEvent, WebhookEventOfType } from "./events.js";

/** What a handler receives besides the event. */
export interface WebhookHandlerContext {
  /** The message id (`svix-id`): the same for every retry of one delivery. */
  readonly id: string;
  /** The request (its body already read). */
  readonly request: Request;
}

/** One handler per documented event type; each gets the event with its `data` typed. */
export type WebhookHandlers = {
  readonly [T in KnownWebhookEventType]?: (event: WebhookEventOfType<T>, context: WebhookHandlerContext) => unknown;
};

/**
 * A store that remembers message ids so a retried delivery runs its handler once. Either atomic
 * (`claim`: true the first time an id is seen within `ttlSeconds`, then false until `release` or
 * expiry — a Redis `SET NX EX`, a unique insert) or map-like (`has` / `set` / `delete`, which two
 * concurrent deliveries of one id can both pass).
 */
export type DedupeStore =
  | {
      claim(id: string, ttlSeconds: number): boolean | Promise<boolean>;
      release?(id: string): unknown;
    }
  | {
      has(id: string): boolean | Promise<boolean>;
      set(id: string, ttlSeconds: number): unknown;
      delete?(id: string): unknown;
    };

/** Why the handler reported a delivery to `onError`. */
export type WebhookHandlerFailure = "verification-failed" | "handler-failed" | "dedupe-failed";

/** What `onError` receives: never the payload, the secret or a signature. */
export class WebhookHandlerError extends Error {
  readonly kind = "webhook-handler" as const;
  override readonly name = "WebhookHandlerError";
  readonly reason: WebhookHandlerFailure;
  /** The message id, when the request had one. */
  readonly messageId: string | undefined;
  /** The event type, once verified. */
  readonly eventType: string | undefined;

  constructor(reason: WebhookHandlerFailure, message: string, details: { messageId?: string | undefined; eventType?: string | undefined; cause?: unknown }) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.reason = reason;
    this.messageId = details.messageId;
    this.eventType = details.eventType;
  }
}

/** Options of {@link createWebhookHandler}. */
export interface WebhookHandlerOptions extends VerifyWebhookOptions {
  /** `{ "user.created": (event) => …, … }`. Types without a handler are answered 200. */
  readonly on: WebhookHandlers;
  /**
   * Run each message id's handler once: `true` for an in-memory store (one process; see
   * `memoryDedupeStore`), or a shared store. The id is released when the handler fails, so
   * Svix's retry runs it again. Default: no dedupe.
   */
  readonly dedupe?: boolean | DedupeStore | undefined;
  /** How long a handled id is remembered. Default 172800 (2 days: Svix retries for about 28 hours). */
  readonly dedupeTtlSeconds?: number | undefined;
  /** Told about refused deliveries and failed handlers (its own errors are ignored). */
  readonly onError?: ((error: WebhookHandlerError) => unknown) | undefined;
}

const DEFAULT_DEDUPE_TTL_SECONDS = 2 * 24 * 3600;

/**
 * Returns a Fetch API handler (`(Request) => Promise<Response>`) for a Clerk webhook endpoint,
 * to mount in any framework (`app.post("/webhooks/clerk", (c) => handler(c.req.raw))`, or
 * `toNodeHandler(handler)` from clerk-fn/node). Per delivery:
 *
 * - not POST → 405; a signature, timestamp or payload that does not verify → 400 (500 for a
 *   missing/invalid `signingSecret` or no WebCrypto: a server problem worth retrying);
 * - an id already handled (with `dedupe`) → 200 `{ received: true, duplicate: true }`;
 * - a type without a handler, or unknown to this SDK → 200 `{ received: true, handled: false }`;
 * - the handler returns (or resolves) → 200 `{ received: true }`; it throws (or rejects) → 500,
 *   so Svix retries, and the dedupe claim is released for that retry.
 *
 * Failures go to `onError`. The returned function never throws or rejects.
 */
export function createWebhookHandler(options: WebhookHandlerOptions): (request: Request) => Promise<Response> {
  // Read once, defensively: a missing options object gives a handler that answers 500
  // (no signing secret) rather than a throw at startup.
  const opts: Partial<WebhookHandlerOptions> = typeof options === "object" && options !== null ? options : {};
  const on: WebhookHandlers = typeof opts.on === "object" && opts.on !== null ? opts.on : {};
  const store = dedupeStoreOf(opts.dedupe);
  const ttl = positiveOr(opts.dedupeTtlSeconds, DEFAULT_DEDUPE_TTL_SECONDS);
  const verifyOptions: VerifyWebhookOptions = { signingSecret: opts.signingSecret as string, toleranceInSeconds: opts.toleranceInSeconds, now: opts.now };
  const report = (error: WebhookHandlerError): void => {
    try {
      void Promise.resolve(opts.onError?.(error)).catch(() => undefined);
    } catch {
      // A reporter that throws must not change the answer Svix gets.
    }
  };

  return async (request) => {
    let messageId: string | undefined;
    let eventType: string | undefined;
    try {
      if (request.method.toUpperCase() !== "POST") {
        return Response.json({ error: "method_not_allowed" }, { status: 405, headers: { allow: "POST" } });
      }
      messageId = request.headers.get("svix-id") ?? request.headers.get("webhook-id") ?? undefined;
      const verified = await verifyWebhookRequest(request, verifyOptions);
      if (!verified.ok) {
        report(new WebhookHandlerError("verification-failed", `Webhook refused: ${verified.error.message}`, { messageId, cause: verified.error }));
        return Response.json({ error: verified.error.reason }, { status: refusalStatus(verified.error) });
      }
      const event: WebhookEvent = verified.value;
      eventType = event.type;
      const id = messageId ?? "";
      // Own properties only: a type named "constructor" or "__proto__" must not reach Object.prototype.
      const handler = Object.hasOwn(on, event.type) ? (on as Record<string, unknown>)[event.type] : undefined;
      if (typeof handler !== "function") return Response.json({ received: true, handled: false });

      if (store) {
        let first: boolean;
        try {
          first = await claim(store, id, ttl);
        } catch (cause) {
          report(new WebhookHandlerError("dedupe-failed", "The dedupe store failed; answered 500 so the delivery is retried.", { messageId, eventType, cause }));
          return Response.json({ error: "dedupe_failed" }, { status: 500 });
        }
        if (!first) return Response.json({ received: true, duplicate: true });
      }
      try {
        await handler(event, { id, request });
      } catch (cause) {
        if (store) await release(store, id).catch(() => undefined);
        report(new WebhookHandlerError("handler-failed", `The ${event.type} handler failed; answered 500 so Svix retries.`, { messageId, eventType, cause }));
        return Response.json({ error: "handler_failed" }, { status: 500 });
      }
      return Response.json({ received: true });
    } catch (cause) {
      report(new WebhookHandlerError("handler-failed", "The webhook could not be processed.", { messageId, eventType, cause }));
      return new Response(null, { status: 500 });
    }
  };
}

/** Options of {@link memoryDedupeStore}. */
export interface MemoryDedupeStoreOptions {
  /** The most ids kept; the oldest are forgotten first. Default 10000. */
  readonly maxEntries?: number | undefined;
  /** The clock in ms. Default `Date.now`. */
  readonly now?: (() => number) | undefined;
}

/**
 * An in-process dedupe store: ids expire after the TTL they were claimed with, and at most
 * `maxEntries` are kept (memory stays bounded whatever the traffic). Per process: behind several
 * instances, use a shared store.
 */
export function memoryDedupeStore(options?: MemoryDedupeStoreOptions): {
  claim(id: string, ttlSeconds: number): boolean;
  release(id: string): void;
  readonly size: number;
} {
  const max = Math.max(1, Math.floor(positiveOr(options?.maxEntries, 10_000)));
  const now = options?.now ?? Date.now;
  const expiries = new Map<string, number>();
  return {
    claim(id, ttlSeconds) {
      const t = now();
      // A NaN or negative TTL would make every id expired at once, i.e. no dedupe at all.
      const ttl = positiveOr(ttlSeconds, DEFAULT_DEDUPE_TTL_SECONDS);
      const expiry = expiries.get(id);
      if (expiry !== undefined && expiry > t) return false;
      // Re-inserted at the end, so Map order stays oldest-first for eviction.
      expiries.delete(id);
      expiries.set(id, t + ttl * 1000);
      for (const [key, at] of expiries) {
        if (expiries.size <= max && at > t) break;
        expiries.delete(key);
      }
      return true;
    },
    release(id) {
      expiries.delete(id);
    },
    get size() {
      return expiries.size;
    },
  };
}

function positiveOr(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : fallback;
}

function dedupeStoreOf(option: WebhookHandlerOptions["dedupe"]): DedupeStore | undefined {
  if (option === true) return memoryDedupeStore();
  return typeof option === "object" && option !== null ? option : undefined;
}

async function claim(store: DedupeStore, id: string, ttl: number): Promise<boolean> {
  if ("claim" in store) return (await store.claim(id, ttl)) === true;
  if (await store.has(id)) return false;
  await store.set(id, ttl);
  return true;
}

async function release(store: DedupeStore, id: string): Promise<void> {
  if ("claim" in store) await store.release?.(id);
  else await store.delete?.(id);
}

/** 500 where the fault is the server's (Svix retries, which helps once it is fixed), else 400. */
function refusalStatus(error: WebhookVerificationError): number {
  return error.reason === "invalid-secret" || error.reason === "invalid-options" || error.reason === "crypto-unavailable" ? 500 : 400;
}
