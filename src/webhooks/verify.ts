import { err, type Result } from "../core/result.js";
import { WebhookVerificationError, type WebhookVerificationReason } from "./errors.js";
import { parseWebhookEvent, type WebhookEventPolicy } from "./event.js";
import type { WebhookEvent } from "./events.js";
import { readWebhookHeaders } from "./headers.js";
import { toRawPayload } from "./payload.js";
import { computeSignature, encodeBase64, hmacKey, parseSignatureHeader, secretBytes, timingSafeEqual } from "./signature.js";

/** How to verify a webhook. */
export interface VerifyWebhookOptions extends WebhookEventPolicy {
  /** The endpoint's signing secret from the Clerk Dashboard: `whsec_<base64>` (or the bare base64). */
  signingSecret: string;
  /**
   * How far (in seconds) the `svix-timestamp` may be from now, either way; default 300 (5 minutes),
   * as Svix. Bounds how long a captured webhook can be replayed.
   */
  toleranceInSeconds?: number | undefined;
  /** The current time in milliseconds; default `Date.now`. For tests. */
  now?: (() => number) | undefined;
}

const DEFAULT_TOLERANCE_SECONDS = 300;
const decoder = /*#__PURE__*/ new TextDecoder("utf-8", { fatal: true });

/**
 * Verify a Clerk webhook (Svix / Standard Webhooks signature) and return its event, typed by
 * `type`. `payload` must be the raw body, byte for byte — not parsed JSON (`payload-not-raw`);
 * `headers` is a `Headers` or a plain record (`svix-*` or `webhook-*` names, any case).
 * Checks, in order: the secret, the payload, the headers, the timestamp (±`toleranceInSeconds`,
 * default 300), the `v1` HMAC-SHA256 signatures (one match suffices, compared in constant time;
 * duplicated header lines count as one list), then that the payload is a JSON object with a
 * string `type`. The signature is the only gate: a correctly signed event whose shape differs
 * from the webhooks spec is returned and the difference told to `onDrift` (with `strict: true`,
 * for tests, it is `invalid-event`). Never throws or rejects: every failure is a
 * `WebhookVerificationError` whose `reason` says which check failed.
 */
export async function verifyWebhook(
  payload: string | Uint8Array,
  headers: Headers | Record<string, string>,
  options: VerifyWebhookOptions,
): Promise<Result<WebhookEvent, WebhookVerificationError>> {
  try {
    return await verify(payload, headers, options);
  } catch (cause) {
    // Every expected failure is handled below; this is the promise kept for the unforeseen
    // (a runtime without WebCrypto, a hostile object): a value, never a rejection.
    return fail("crypto-unavailable", "The webhook could not be verified in this runtime.", cause);
  }
}

/**
 * Verify a Clerk webhook straight from a Fetch API `Request` (Workers, Deno, Bun, Next.js route
 * handlers, Hono…): reads the raw body once, then does what `verifyWebhook` does with the
 * request's headers. The body is consumed; the event is the parsed result. A body that was
 * already read gives `body-unreadable`. Never throws or rejects.
 */
export async function verifyWebhookRequest(
  request: Request,
  options: VerifyWebhookOptions,
): Promise<Result<WebhookEvent, WebhookVerificationError>> {
  try {
    if (typeof request !== "object" || request === null || typeof request.arrayBuffer !== "function") {
      return fail(
        "payload-not-raw",
        "verifyWebhookRequest needs a Fetch API Request. With Node's http/Express, read the raw body and call verifyWebhook(body, req.headers, options).",
      );
    }
    if (request.bodyUsed) {
      return fail("body-unreadable", "The request body was already read (by a body parser?); the signature needs the raw body.");
    }
    let body: Uint8Array;
    try {
      // Bytes, not text(): the signature covers the bytes as sent, and decoding happens once, later.
      body = new Uint8Array(await request.arrayBuffer());
    } catch (cause) {
      return fail("body-unreadable", "The request body could not be read.", cause);
    }
    return await verify(body, request.headers, options);
  } catch (cause) {
    return fail("crypto-unavailable", "The webhook could not be verified in this runtime.", cause);
  }
}

async function verify(
  payload: unknown,
  headers: unknown,
  options: VerifyWebhookOptions,
): Promise<Result<WebhookEvent, WebhookVerificationError>> {
  let secret: unknown, tolerance: unknown, clockFn: unknown, policy: WebhookEventPolicy;
  try {
    const opts: Partial<VerifyWebhookOptions> = typeof options === "object" && options !== null ? options : {};
    secret = opts.signingSecret;
    tolerance = opts.toleranceInSeconds ?? DEFAULT_TOLERANCE_SECONDS;
    clockFn = opts.now ?? Date.now;
    policy = { strict: opts.strict === true, onDrift: typeof opts.onDrift === "function" ? opts.onDrift : undefined };
  } catch (cause) {
    return fail("invalid-options", "The options object could not be read.", cause);
  }
  if (typeof tolerance !== "number" || !(tolerance >= 0)) {
    return fail("invalid-options", "toleranceInSeconds must be a number of seconds ≥ 0.");
  }
  if (typeof clockFn !== "function") {
    return fail("invalid-options", "The now option must be a function returning the time in milliseconds.");
  }
  if (typeof secret !== "string" || secret.trim() === "") {
    return fail("invalid-secret", "No signingSecret given: use the endpoint's Signing Secret (whsec_…) from the Clerk Dashboard.");
  }
  const keyBytes = secretBytes(secret);
  if (!keyBytes) {
    return fail("invalid-secret", "signingSecret is not a webhook signing secret: expected whsec_ followed by base64.");
  }

  const raw = toRawPayload(payload);
  if (!raw.ok) return raw;

  const { id, timestamp, signature } = readWebhookHeaders(headers);
  if (id === undefined || timestamp === undefined || signature === undefined) {
    const missing = [[id, "svix-id"], [timestamp, "svix-timestamp"], [signature, "svix-signature"]].filter(([value]) => value === undefined);
    return fail("missing-headers", `Missing webhook header(s): ${missing.map(([, name]) => name).join(", ")} (or their webhook-* equivalents).`);
  }

  // Canonical decimal only: Svix signs the number, so "0123" could never carry a valid signature.
  if (!/^(0|[1-9]\d{0,14})$/.test(timestamp)) {
    return fail("invalid-timestamp", "The svix-timestamp header is not a Unix time in whole seconds.");
  }
  const sent = Number(timestamp);
  let nowMs: unknown;
  try {
    nowMs = clockFn();
  } catch (cause) {
    return fail("invalid-options", "The now() option threw.", cause);
  }
  if (typeof nowMs !== "number" || !Number.isFinite(nowMs)) {
    return fail("invalid-options", "The now() option must return the current time in milliseconds.");
  }
  const now = Math.floor(nowMs / 1000);
  if (now - sent > tolerance) {
    return fail("timestamp-too-old", `The webhook was signed ${now - sent} s ago, more than the ${tolerance} s tolerance (a replay, or a wrong clock).`);
  }
  if (sent - now > tolerance) {
    const hint = timestamp.length >= 13 ? "milliseconds instead of seconds?" : "a wrong clock?";
    return fail("timestamp-too-new", `The webhook is signed ${sent - now} s in the future, more than the ${tolerance} s tolerance (${hint}).`);
  }

  const candidates = parseSignatureHeader(signature);
  if (candidates.v1.length === 0 && candidates.otherVersions === 0) {
    return fail("invalid-signature", "The svix-signature header holds no well-formed signature (expected space-separated v1,<base64> entries).");
  }

  let expected: string;
  try {
    const key = await hmacKey(secret, keyBytes);
    expected = encodeBase64(await computeSignature(key, id, timestamp, raw.value));
  } catch (cause) {
    return fail("crypto-unavailable", "WebCrypto could not compute the HMAC-SHA256 signature.", cause);
  }
  // Every candidate is compared in constant time; stopping at the first match reveals only which
  // entry matched, which is no secret.
  if (!candidates.v1.some((candidate) => timingSafeEqual(candidate, expected))) {
    const others = candidates.otherVersions > 0 ? ` (${candidates.otherVersions} signature(s) of other versions ignored)` : "";
    return fail(
      "no-matching-signature",
      `No v1 signature in the svix-signature header matches the payload${others}: check that signingSecret is this endpoint's, and that the payload is the raw, unmodified body.`,
    );
  }

  let text: string;
  if (typeof raw.value === "string") {
    text = raw.value;
  } else {
    try {
      text = decoder.decode(raw.value);
    } catch (cause) {
      return fail("invalid-json", "The webhook is correctly signed but its payload is not UTF-8 text.", cause);
    }
  }
  return parseWebhookEvent(text, policy);
}

function fail(reason: WebhookVerificationReason, message: string, cause?: unknown): Result<never, WebhookVerificationError> {
  return err(new WebhookVerificationError(reason, message, cause === undefined ? undefined : { cause }));
}
