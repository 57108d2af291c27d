// Generated from bapi-2026-05-12.yml (PreviewTemplate). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link templatesPreview}: path, query and body keys by their wire names. */
export interface TemplatesPreviewRequest {
  /** The type of template to preview */
  template_type: string;
  /** The slug of the template to preview */
  slug: string;
  /** The request body (its fields collide with path or query names). */
  body?: {
    /**
     * The email subject.
     * Applicable only to email templates.
     */
    subject?: string | null;
    /** The template body before variable interpolation */
    body?: string;
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

const op: Operation<Record<string, unknown>> = {
  id: "PreviewTemplate",
  method: "POST",
  path: "/templates/{template_type}/{slug}/preview",
  body: { body: "o" },
  bodyKind: "whole",
  response: /*#__PURE__*/ s.looseObject({}),
};

/**
 * Preview changes to a template
 *
 * Returns a preview of a template for a given template_type, slug and body
 *
 * `POST /templates/{template_type}/{slug}/preview` · documented errors: 400, 401, 404, 422 · the body goes under the `body` key
 *
 * @deprecated This operation is deprecated by the API.
 */
export function templatesPreview(
  core: ClerkCore,
  request: TemplatesPreviewRequest,
  options?: CallOptions,
): Promise<Result<Record<string, unknown>, CallError<400 | 401 | 404 | 422>>> {
  return call(core, op, request, options);
}
