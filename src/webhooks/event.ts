// Turning a verified payload into a typed event: JSON, then the envelope every event has, then
// the documented shape of `data` for the event types this SDK knows. An event type it does not
// know (added by Clerk later) is returned as it came, checked as an envelope only.
import * as v from "valibot";
import type { Issue } from "../core/errors.js";
import { err, ok, type Result } from "../core/result.js";
import { WebhookVerificationError } from "./errors.js";
import { WebhookEventEnvelope, webhookEventDataSchemas, type WebhookEvent } from "./events.js";

/** Parse and check the (already verified) payload text. */
export function parseWebhookEvent(text: string): Result<WebhookEvent, WebhookVerificationError> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    return err(new WebhookVerificationError("invalid-json", "The webhook is correctly signed but its payload is not JSON.", { cause }));
  }
  const envelope = v.safeParse(WebhookEventEnvelope, json);
  if (!envelope.success) {
    return invalid("The webhook is correctly signed but its payload is not a Clerk event", toIssues(envelope.issues, []), json);
  }
  const type = envelope.output.type;
  if (Object.hasOwn(webhookEventDataSchemas, type)) {
    const schema = webhookEventDataSchemas[type as keyof typeof webhookEventDataSchemas];
    const data = v.safeParse(schema, (json as { data?: unknown }).data);
    if (!data.success) {
      return invalid(`The ${type} event is correctly signed but its data does not have the documented shape`, toIssues(data.issues, ["data"]), json);
    }
  }
  // Checks only, no transforms: the parsed JSON is the event, as Clerk sent it.
  return ok(json as WebhookEvent);
}

function invalid(what: string, issues: Issue[], json: unknown): Result<never, WebhookVerificationError> {
  const shown = issues.slice(0, 3).map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`);
  const more = issues.length > 3 ? ` (+${issues.length - 3} more)` : "";
  return err(new WebhookVerificationError("invalid-event", `${what}: ${shown.join("; ")}${more}`, { issues, data: json }));
}

/**
 * valibot issues → clerk-fn issues. Messages name what was expected and the JSON type found,
 * never the value itself: event payloads carry personal data (emails, names) that does not
 * belong in logs.
 */
function toIssues(issues: readonly v.BaseIssue<unknown>[], prefix: (string | number)[]): Issue[] {
  return issues.map((issue) => {
    const path = [...prefix, ...(issue.path ?? []).map((item) => pathKey((item as { key: unknown }).key))];
    const message =
      issue.kind === "schema" && issue.input === undefined && issue.type !== "union"
        ? "required, but missing"
        : `expected ${issue.expected ?? issue.type}, got ${jsonType(issue.input)}`;
    return { path, message };
  });
}

function pathKey(key: unknown): string | number {
  return typeof key === "number" || typeof key === "string" ? key : String(key);
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
