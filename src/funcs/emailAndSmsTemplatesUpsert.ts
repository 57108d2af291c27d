// Generated from bapi-2026-05-12.yml (UpsertTemplate). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Template } from "../models/template.js";

/** The request of {@link emailAndSmsTemplatesUpsert}: path, query and body keys by their wire names. */
export interface EmailAndSmsTemplatesUpsertRequest {
  /** The type of template to update */
  template_type: "email" | "sms";
  /** The slug of the template to update */
  slug: string;
  /** The request body (its fields collide with path or query names). */
  body?: {
    /** The user-friendly name of the template */
    name?: string;
    /**
     * The email subject.
     * Applicable only to email templates.
     */
    subject?: string | null;
    /** The editor markup used to generate the body of the template */
    markup?: string | null;
    /** The template body before variable interpolation */
    body?: string;
    /** Whether Clerk should deliver emails or SMS messages based on the current template */
    delivered_by_clerk?: boolean | null;
    /**
     * The local part of the From email address that will be used for emails.
     * For example, in the address 'hello@example.com', the local part is 'hello'.
     * Applicable only to email templates.
     */
    from_email_name?: string;
    /**
     * The local part of the Reply To email address that will be used for emails.
     * For example, in the address 'hello@example.com', the local part is 'hello'.
     * Applicable only to email templates.
     */
    reply_to_email_name?: string;
  };
}

const op: Operation<Template> = {
  id: "UpsertTemplate",
  method: "PUT",
  path: "/templates/{template_type}/{slug}",
  body: { body: "o" },
  bodyKind: "whole",
  response: Template,
};

/**
 * Update a template for a given type and slug
 *
 * Updates the existing template of the given type and slug
 *
 * `PUT /templates/{template_type}/{slug}` · documented errors: 400, 401, 402, 403, 404, 422, 423, 429 · the body goes under the `body` key
 *
 * @deprecated This operation is deprecated by the API.
 */
export function emailAndSmsTemplatesUpsert(
  core: ClerkCore,
  request: EmailAndSmsTemplatesUpsertRequest,
  options?: CallOptions,
): Promise<Result<Template, CallError<400 | 401 | 402 | 403 | 404 | 422 | 423 | 429>>> {
  return call(core, op, request, options);
}
