// clerk-fn/webhooks: verify Clerk webhooks (Svix / Standard Webhooks signatures on WebCrypto) and
// get typed events back. Named re-exports only, so bundlers keep just what an app imports.
export { verifyWebhook, verifyWebhookRequest, type VerifyWebhookOptions } from "./verify.js";
export { WebhookVerificationError, type WebhookVerificationReason } from "./errors.js";
export { signWebhook, createWebhookHeaders, type SignWebhookOptions, type CreateWebhookHeadersOptions } from "./sign.js";
export { webhookHeaders, type WebhookHeaderScheme } from "./headers.js";
export { isEventType } from "./guards.js";
export {
  WebhookEventEnvelope,
  webhookEventDataSchemas,
  knownWebhookEventTypes,
  type KnownWebhookEvent,
  type KnownWebhookEventType,
  type UnknownWebhookEvent,
  type WebhookEvent,
  type WebhookEventOfType,
} from "./events.js";
