// Clerk sends webhooks through Svix, with `svix-id` / `svix-timestamp` / `svix-signature`; the
// Standard Webhooks spec names the same headers `webhook-*`. Both are read, per field, the way
// Svix's own library does (svix-* first).

/** The three values a signature covers, as found in the request headers (possibly absent). */
export interface RawWebhookHeaders {
  readonly id: string | undefined;
  readonly timestamp: string | undefined;
  readonly signature: string | undefined;
}

const FIELDS = ["id", "timestamp", "signature"] as const;

/**
 * Read the webhook headers from a `Headers` (or anything with a `get` method) or a plain record
 * such as Node's `IncomingMessage.headers` (names matched case-insensitively; a `string[]` value,
 * one per header line, is joined with spaces, so a duplicated `svix-signature` keeps every
 * signature). Never throws; garbage gives absent values.
 */
export function readWebhookHeaders(headers: unknown): RawWebhookHeaders {
  const get = lookup(headers);
  const read = (field: (typeof FIELDS)[number]): string | undefined => get(`svix-${field}`) ?? get(`webhook-${field}`);
  return { id: read("id"), timestamp: read("timestamp"), signature: read("signature") };
}

function lookup(headers: unknown): (name: string) => string | undefined {
  if (typeof headers !== "object" || headers === null) return () => undefined;
  let getter: unknown;
  try {
    getter = (headers as { get?: unknown }).get;
  } catch {
    return () => undefined;
  }
  if (typeof getter === "function") {
    return (name) => {
      try {
        return nonEmpty(getter.call(headers, name));
      } catch {
        return undefined;
      }
    };
  }
  // One pass over the record's own keys, keeping only the six names that matter.
  const found = new Map<string, string>();
  try {
    for (const key of Object.keys(headers)) {
      const lower = key.toLowerCase();
      if (!/^(svix|webhook)-(id|timestamp|signature)$/.test(lower) || found.has(lower)) continue;
      const raw = (headers as Record<string, unknown>)[key];
      const value = nonEmpty(Array.isArray(raw) ? raw.filter((line) => typeof line === "string").join(" ") : raw);
      if (value !== undefined) found.set(lower, value);
    }
  } catch {
    // A proxy or getter that throws: treat as no headers.
  }
  return (name) => found.get(name);
}

function nonEmpty(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : undefined;
}

/** Which header names to produce: Clerk's (`svix-*`) or the Standard Webhooks ones (`webhook-*`). */
export type WebhookHeaderScheme = "svix" | "webhook";

/**
 * The three headers of a signed webhook, e.g. to send one from a test or an emulator:
 * `{ "svix-id", "svix-timestamp", "svix-signature" }` (or `webhook-*` with `scheme: "webhook"`).
 * `signature` is the whole header value, e.g. from `signWebhook` (several may be space-separated).
 */
export function webhookHeaders(
  values: { id: string; timestamp: number | string; signature: string },
  scheme: WebhookHeaderScheme = "svix",
): Record<string, string> {
  return {
    [`${scheme}-id`]: values.id,
    [`${scheme}-timestamp`]: String(values.timestamp),
    [`${scheme}-signature`]: values.signature,
  };
}
