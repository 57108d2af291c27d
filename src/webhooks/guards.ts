import type { KnownWebhookEventType, WebhookEvent, WebhookEventOfType } from "./events.js";

/**
 * Narrow an event to the documented type(s) given, with typed `data`:
 * `if (isEventType(event, "user.created", "user.updated")) event.data.email_addresses`.
 *
 * Comparing `type` already narrows `data` (`if (event.type === "user.created") event.data.id`
 * and a `switch` both type `data` as `User`), because `UnknownWebhookEvent` (types Clerk adds
 * later) has a plain-string `type` and `data: never`. It does not narrow the event itself: after
 * the comparison it is still `UserCreatedEvent | UnknownWebhookEvent` (an unknown type could be
 * any string), so it cannot be passed where a `UserCreatedEvent` is expected. This guard narrows
 * the event to exactly the documented event(s) of the types given.
 *
 * `verifyWebhook` returns every correctly signed event, so `data` is the documented shape unless
 * Clerk's payload drifted from the spec (told to `onDrift`; refused with `strict: true`): read
 * optional-looking fields defensively where that matters.
 */
export function isEventType<T extends KnownWebhookEventType>(event: WebhookEvent, ...types: readonly T[]): event is WebhookEventOfType<T> {
  return typeof event === "object" && event !== null && (types as readonly string[]).includes(event.type);
}
