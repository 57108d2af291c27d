import { err, ok, type Result } from "../core/result.js";
import { WebhookVerificationError } from "./errors.js";

const RAW_BODY_HINT =
  "Pass the raw request body exactly as received (`await request.text()`, or your framework's raw-body option): " +
  "the signature covers those bytes, and JSON that was parsed and serialised again no longer matches it.";

/**
 * The payload as the signature sees it: a string, or the bytes of a `Uint8Array` (a Node
 * `Buffer` too), `ArrayBuffer` or other typed-array view. Anything else — typically JSON a body
 * parser already turned into an object — is refused with `payload-not-raw`, because the exact
 * bytes cannot be recovered from it.
 */
export function toRawPayload(payload: unknown): Result<string | Uint8Array, WebhookVerificationError> {
  if (typeof payload === "string") return ok(payload);
  if (payload instanceof Uint8Array) return ok(payload);
  if (payload instanceof ArrayBuffer) return ok(new Uint8Array(payload));
  if (ArrayBuffer.isView(payload)) return ok(new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength));
  return err(new WebhookVerificationError("payload-not-raw", `${describe(payload)} ${RAW_BODY_HINT}`));
}

/** What was passed instead of the raw body, by kind only (never its content). */
function describe(payload: unknown): string {
  if (payload === null || payload === undefined) return `The webhook payload is ${String(payload)}.`;
  if (typeof Request !== "undefined" && payload instanceof Request) {
    return "The webhook payload is a Request: use verifyWebhookRequest(request, options) for that.";
  }
  if (typeof payload === "object") {
    return `The webhook payload is ${Array.isArray(payload) ? "an array" : "an object"}, not the raw body (already parsed JSON?).`;
  }
  return `The webhook payload is a ${typeof payload}, not the raw body.`;
}
