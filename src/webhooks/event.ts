// Turning a verified payload into a typed event. The signature is the only gate: a correctly
// signed payload that is a JSON object with a string `type` is the event, as Clerk sent it. Its
// envelope and, for the event types this SDK knows, its `data` are checked against the webhooks
// spec as drift (told to `onDrift`), or refused under `strict` — refusing a signed event makes
// Svix retry it and finally drop it, so that is for tests only.
import type { Issue } from "../core/errors.js";
import { err, ok, type Result } from "../core/result.js";
import { conforms, inspect, jsonType, type SeenPaths } from "../core/schemas.js";
import type { Shape } from "../core/shape.js";
import { WebhookVerificationError } from "./errors.js";
import { WebhookEventEnvelope, webhookEventDataSchemas, type WebhookEvent } from "./events.js";

/** What a webhook's drift report is told besides the issues. */
export interface WebhookDriftContext {
  /** The event's `type`, e.g. `user.created`. */
  readonly type: string;
}

/** How a signed event's shape is checked. */
export interface WebhookEventPolicy {
  /** `true`: a shape that differs from the webhooks spec is `invalid-event` (for tests). */
  readonly strict?: boolean | undefined;
  /**
   * Told when a signed event differs from the webhooks spec but is returned anyway: once per
   * event type and path for a given function. Issues name paths and JSON types, never values.
   */
  readonly onDrift?: ((issues: readonly Issue[], context: WebhookDriftContext) => void) | undefined;
}

/** Parse and check the (already verified) payload text. */
export function parseWebhookEvent(text: string, policy: WebhookEventPolicy = {}): Result<WebhookEvent, WebhookVerificationError> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // No cause: JSON.parse's message quotes the payload, which carries personal data.
    return err(new WebhookVerificationError("invalid-json", "The webhook is correctly signed but its payload is not JSON."));
  }
  const type = typeof json === "object" && json !== null && !Array.isArray(json) ? (json as { type?: unknown }).type : undefined;
  if (typeof type !== "string") {
    const issue = typeof json === "object" && json !== null && !Array.isArray(json)
      ? { path: ["type"], message: `expected string, received ${jsonType(type)}` }
      : { path: [], message: `expected object, received ${jsonType(json)}` };
    return invalid("The webhook is correctly signed but its payload is not a Clerk event", [issue], json);
  }
  if (policy.strict) {
    const issues = shapeIssues(type, json as Record<string, unknown>);
    if (issues.length > 0) return invalid(`The ${type} event is correctly signed but does not have the documented shape`, issues, json);
  } else if (policy.onDrift) {
    tellDrift(policy.onDrift, type, shapeIssues(type, json as Record<string, unknown>, seenPaths(policy.onDrift, type)));
  }
  // Checks only, no transforms: the parsed JSON is the event, as Clerk sent it.
  return ok(json as WebhookEvent);
}

/**
 * The differences of an event from the spec: its envelope, and `data` for a documented type.
 * With `seen`, only those at paths not seen before for this event type.
 */
function shapeIssues(type: string, json: Record<string, unknown>, seen?: SeenPaths): Issue[] {
  const envelope: Shape = WebhookEventEnvelope;
  const issues = conforms(envelope, json) ? [] : inspect(envelope, json, [], seen);
  if (Object.hasOwn(webhookEventDataSchemas, type)) {
    const schema = webhookEventDataSchemas[type as keyof typeof webhookEventDataSchemas] as Shape;
    if (!conforms(schema, json.data)) issues.push(...inspect(schema, json.data, ["data"], seen));
  }
  return issues;
}

// Paths already told, per onDrift function and event type: drift is told once per type and path.
const told = /*#__PURE__*/ new WeakMap<object, Map<string, SeenPaths>>();
const MAX_REMEMBERED = 256;

function seenPaths(onDrift: object, type: string): SeenPaths {
  let byType = told.get(onDrift);
  if (!byType) told.set(onDrift, (byType = new Map()));
  let seen = byType.get(type);
  // Bounded too: event types are Clerk's, but a signed payload could still name any type.
  if (!seen && byType.size < MAX_REMEMBERED) byType.set(type, (seen = { paths: new Set(), max: MAX_REMEMBERED }));
  return seen ?? { paths: new Set(), max: 0 };
}

function tellDrift(onDrift: NonNullable<WebhookEventPolicy["onDrift"]>, type: string, fresh: readonly Issue[]): void {
  if (fresh.length === 0) return;
  try {
    onDrift(fresh, { type });
  } catch {
    // An observer that throws must not refuse a correctly signed event.
  }
}

function invalid(what: string, issues: Issue[], json: unknown): Result<never, WebhookVerificationError> {
  const shown = issues.slice(0, 3).map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`);
  const more = issues.length > 3 ? ` (+${issues.length - 3} more)` : "";
  return err(new WebhookVerificationError("invalid-event", `${what}: ${shown.join("; ")}${more}`, { issues, data: json }));
}
