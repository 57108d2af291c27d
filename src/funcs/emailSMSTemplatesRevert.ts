// Generated from bapi-2026-05-12.yml (RevertTemplate). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Template } from "../models/template.js";

/** The request of {@link emailSMSTemplatesRevert}: path, query and body keys by their wire names. */
export interface EmailSMSTemplatesRevertRequest {
  /** The type of template to revert */
  template_type: "email" | "sms";
  /** The slug of the template to revert */
  slug: string;
}

const op: Operation<Template> = {
  id: "RevertTemplate",
  method: "POST",
  path: "/templates/{template_type}/{slug}/revert",
  response: Template,
};

/**
 * Revert a template
 *
 * Reverts an updated template to its default state
 *
 * `POST /templates/{template_type}/{slug}/revert` · documented errors: 400, 401, 402, 404
 *
 * @deprecated This operation is deprecated by the API.
 */
export function emailSMSTemplatesRevert(
  core: ClerkCore,
  request: EmailSMSTemplatesRevertRequest,
  options?: CallOptions,
): Promise<Result<Template, CallError<400 | 401 | 402 | 404>>> {
  return call(core, op, request, options);
}
