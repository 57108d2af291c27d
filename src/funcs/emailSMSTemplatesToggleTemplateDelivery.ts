// Generated from bapi-2026-05-12.yml (ToggleTemplateDelivery). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Template } from "../models/template.js";

/** The request of {@link emailSMSTemplatesToggleTemplateDelivery}: path, query and body keys by their wire names. */
export interface EmailSMSTemplatesToggleTemplateDeliveryRequest {
  /** The type of template to toggle delivery for */
  template_type: "email" | "sms";
  /** The slug of the template for which to toggle delivery */
  slug: string;
  /** Whether Clerk should deliver emails or SMS messages based on the current template */
  delivered_by_clerk?: boolean;
}

const op: Operation<Template> = {
  id: "ToggleTemplateDelivery",
  method: "POST",
  path: "/templates/{template_type}/{slug}/toggle_delivery",
  body: { delivered_by_clerk: "b" },
  response: Template,
};

/**
 * Toggle the delivery by Clerk for a template of a given type and slug
 *
 * Toggles the delivery by Clerk for a template of a given type and slug.
 * If disabled, Clerk will not deliver the resulting email or SMS.
 * The app developer will need to listen to the `email.created` or `sms.created` webhooks in order to handle delivery themselves.
 *
 * `POST /templates/{template_type}/{slug}/toggle_delivery` · documented errors: 400, 401, 404, 423, 429
 *
 * @deprecated This operation is deprecated by the API.
 */
export function emailSMSTemplatesToggleTemplateDelivery(
  core: ClerkCore,
  request: EmailSMSTemplatesToggleTemplateDeliveryRequest,
  options?: CallOptions,
): Promise<Result<Template, CallError<400 | 401 | 404 | 423 | 429>>> {
  return call(core, op, request, options);
}
