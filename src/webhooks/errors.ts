import type { Issue } from "../core/errors.js";

/**
 * Why a webhook was refused. Stable strings: switch on them, log them, alert on them.
 *
 * - `invalid-options`: `toleranceInSeconds` is not a number ≥ 0, or `now()` threw or gave no number.
 * - `invalid-secret`: `signingSecret` is missing, empty or not base64 (after an optional `whsec_`).
 * - `payload-not-raw`: the payload is not the raw body (a string or bytes), e.g. parsed JSON.
 * - `body-unreadable`: `verifyWebhookRequest` could not read the body (already read?).
 * - `missing-headers`: the id, timestamp or signature header is absent or empty.
 * - `invalid-timestamp`: the timestamp header is not whole Unix seconds.
 * - `timestamp-too-old` / `timestamp-too-new`: outside the tolerance (replay protection).
 * - `invalid-signature`: the signature header holds no well-formed `<version>,<base64>` entry.
 * - `no-matching-signature`: no `v1` signature in the header matches the payload.
 * - `crypto-unavailable`: WebCrypto (`crypto.subtle`) failed or is missing in this runtime.
 * - `invalid-json`: the payload is correctly signed but is not JSON (or not UTF-8).
 * - `invalid-event`: correctly signed JSON that is not an object with a string `type`; with
 *   `strict: true` also an event whose shape differs from the webhooks spec (`issues` says
 *   where, by path and JSON type; `data` holds the JSON).
 */
export type WebhookVerificationReason =
  | "invalid-options"
  | "invalid-secret"
  | "payload-not-raw"
  | "body-unreadable"
  | "missing-headers"
  | "invalid-timestamp"
  | "timestamp-too-old"
  | "timestamp-too-new"
  | "invalid-signature"
  | "no-matching-signature"
  | "crypto-unavailable"
  | "invalid-json"
  | "invalid-event";

/**
 * A webhook that was not accepted, as a value (never thrown by `verifyWebhook`). `reason` is the
 * stable discriminant; the message explains it for a human. Messages never contain the signing
 * secret or a signature.
 */
export class WebhookVerificationError extends Error {
  readonly kind = "webhook-verification" as const;
  override readonly name = "WebhookVerificationError";
  readonly reason: WebhookVerificationReason;
  /** For `invalid-event`: each failed check, with its path into the event (e.g. `["data", "id"]`). */
  readonly issues: readonly Issue[];
  /**
   * For `invalid-event`: the parsed JSON. Its signature was valid, so it did come from Clerk; only
   * its shape is not the documented one. The escape hatch for handling it anyway. Not enumerable,
   * so logging the error never prints the personal data an event carries.
   */
  declare readonly data: unknown;

  constructor(
    reason: WebhookVerificationReason,
    message: string,
    options?: { cause?: unknown; issues?: readonly Issue[]; data?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.reason = reason;
    this.issues = options?.issues ?? [];
    Object.defineProperty(this, "data", { value: options?.data });
  }
}
