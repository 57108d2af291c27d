// Generated from bapi-2026-05-12.yml (GetTemplate). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Template } from "../models/template.js";

/** The request of {@link emailSMSTemplatesGet}: path, query and body keys by their wire names. */
export interface EmailSMSTemplatesGetRequest {
  /** The type of templates to retrieve (email or SMS) */
  template_type: "email" | "sms";
  /** The slug (i.e. machine-friendly name) of the template to retrieve */
  slug: string;
}

const op: Operation<Template> = {
  id: "GetTemplate",
  method: "GET",
  path: "/templates/{template_type}/{slug}",
  response: Template,
};

/**
 * Retrieve a template
 *
 * Returns the details of a template
 *
 * `GET /templates/{template_type}/{slug}` · documented errors: 400, 401, 404
 *
 * @deprecated This operation is deprecated by the API.
 */
export function emailSMSTemplatesGet(
  core: ClerkCore,
  request: EmailSMSTemplatesGetRequest,
  options?: CallOptions,
): Promise<Result<Template, CallError<400 | 401 | 404>>> {
  return call(core, op, request, options);
}
