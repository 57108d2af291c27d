import type { KnownWebhookEventType, WebhookEvent, WebhookEventOfType } from "./events.js";

/**
 * Narrow an event to the documented type(s) given, with typed `data`:
 * `if (isEventType(event, "user.created", "user.updated")) event.data.email_addresses`.
 *
 * Why this exists: `WebhookEvent` includes `UnknownWebhookEvent` (types Clerk adds later), whose
 * `type` is any string, so TypeScript cannot narrow `data` from `event.type === "user.created"`
 * or a `switch` alone. `verifyWebhook` returns every correctly signed event, so `data` is the
 * documented shape unless Clerk's payload drifted from the spec (told to `onDrift`; refused
 * with `strict: true`): read optional-looking fields defensively where that matters.
 */
export function isEventType<T extends KnownWebhookEventType>(event: WebhookEvent, ...types: readonly T[]): event is WebhookEventOfType<T> {
  return typeof event === "object" && event !== null && (types as readonly string[]).includes(event.type);
}
