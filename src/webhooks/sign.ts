// Producing signed webhooks: what Clerk (through Svix) does on its side. For tests, the in-memory
// emulator and anyone replaying an event locally; a receiver only needs verifyWebhook.
import { WebhookVerificationError } from "./errors.js";
import { webhookHeaders, type WebhookHeaderScheme } from "./headers.js";
import { computeSignature, encodeBase64, hmacKey, secretBytes } from "./signature.js";
import { toRawPayload } from "./payload.js";
import { err, ok, type Result } from "../core/result.js";

/** What `signWebhook` needs besides the payload. */
export interface SignWebhookOptions {
  /** The endpoint's signing secret, `whsec_<base64>` or the bare base64. */
  signingSecret: string;
  /** The message id (the `svix-id` header), e.g. `msg_2KWPBgLlAfxdpx2AI54pPJ85f4W`. */
  id: string;
  /** Unix time in whole seconds (the `svix-timestamp` header). */
  timestamp: number;
}

/**
 * Sign a payload the way Clerk does: the `v1,<base64>` signature (the `svix-signature` header
 * value). The payload must be the exact bytes that will be sent. Like every public function it
 * never rejects: bad input is an error value (`invalid-secret`, `payload-not-raw`,
 * `crypto-unavailable`).
 */
export async function signWebhook(
  payload: string | Uint8Array,
  options: SignWebhookOptions,
): Promise<Result<string, WebhookVerificationError>> {
  const raw = toRawPayload(payload);
  if (!raw.ok) return err(raw.error);
  const bytes = secretBytes(options?.signingSecret);
  if (!bytes) return err(new WebhookVerificationError("invalid-secret", "signingSecret is not a base64 signing secret (whsec_…)"));
  try {
    const key = await hmacKey(options.signingSecret, bytes);
    const signature = await computeSignature(key, String(options.id), String(options.timestamp), raw.value);
    return ok(`v1,${encodeBase64(signature)}`);
  } catch (cause) {
    return err(new WebhookVerificationError("crypto-unavailable", "WebCrypto could not compute the HMAC-SHA256 signature", { cause }));
  }
}

/** What `createWebhookHeaders` needs besides the payload; id and timestamp are made up when absent. */
export interface CreateWebhookHeadersOptions {
  /** The endpoint's signing secret, `whsec_<base64>` or the bare base64. */
  signingSecret: string;
  /** The message id; default a fresh `msg_…`. */
  id?: string | undefined;
  /** Unix time in whole seconds; default now. */
  timestamp?: number | undefined;
  /** `svix` (default, what Clerk sends) or `webhook` (Standard Webhooks names). */
  scheme?: WebhookHeaderScheme | undefined;
}

/**
 * Sign a payload and return the three headers a genuine Clerk webhook carries, ready to put on a
 * `Request`: `{ "svix-id", "svix-timestamp", "svix-signature" }`. Errors as `signWebhook`.
 */
export async function createWebhookHeaders(
  payload: string | Uint8Array,
  options: CreateWebhookHeadersOptions,
): Promise<Result<Record<string, string>, WebhookVerificationError>> {
  const id = options?.id ?? `msg_${crypto.randomUUID().replace(/-/g, "")}`;
  const timestamp = options?.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = await signWebhook(payload, { signingSecret: options?.signingSecret, id, timestamp });
  if (!signature.ok) return signature;
  return ok(webhookHeaders({ id, timestamp, signature: signature.value }, options?.scheme ?? "svix"));
}
