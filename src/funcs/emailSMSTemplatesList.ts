// Generated from bapi-2026-05-12.yml (GetTemplateList). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";
import { Template } from "../models/template.js";

/** The request of {@link emailSMSTemplatesList}: path, query and body keys by their wire names. */
export interface EmailSMSTemplatesListRequest {
  /** The type of templates to list (email or SMS) */
  template_type: "email" | "sms";
  /**
   * Whether to paginate the results.
   * If true, the results will be paginated.
   * If false, the results will not be paginated.
   */
  paginated?: boolean;
  /**
   * Applies a limit to the number of results returned.
   * Can be used for paginating the results together with `offset`.
   */
  limit?: number;
  /**
   * Skip the first `offset` results when paginating.
   * Needs to be an integer greater or equal to zero.
   * To be used in conjunction with `limit`.
   */
  offset?: number;
}

const op: Operation<Template[]> = {
  id: "GetTemplateList",
  method: "GET",
  path: "/templates/{template_type}",
  query: { paginated: "b", limit: "i", offset: "i" },
  response: /*#__PURE__*/ s.array(Template),
  paginated: true,
};

/**
 * List all templates
 *
 * Returns a list of all templates.
 * The templates are returned sorted by position.
 *
 * `GET /templates/{template_type}` · documented errors: 400, 401, 422 · pages with `paginate` (bare array) · `paginated: true` answers `{ data, total_count }`
 *
 * @deprecated This operation is deprecated by the API.
 */
export function emailSMSTemplatesList(
  core: ClerkCore,
  request: EmailSMSTemplatesListRequest & { paginated: true },
  options?: CallOptions,
): Promise<Result<{ data: Template[]; total_count: number }, CallError<400 | 401 | 422>>>;
/** Without `paginated: true`: the bare array. */
export function emailSMSTemplatesList(
  core: ClerkCore,
  request: EmailSMSTemplatesListRequest & { paginated?: false },
  options?: CallOptions,
): Promise<Result<Template[], CallError<400 | 401 | 422>>>;
/** A `paginated` flag known only at run time: either shape. */
export function emailSMSTemplatesList(
  core: ClerkCore,
  request: EmailSMSTemplatesListRequest,
  options?: CallOptions,
): Promise<Result<Template[] | { data: Template[]; total_count: number }, CallError<400 | 401 | 422>>>;
export function emailSMSTemplatesList(
  core: ClerkCore,
  request: EmailSMSTemplatesListRequest,
  options?: CallOptions,
): Promise<Result<Template[] | { data: Template[]; total_count: number }, CallError<400 | 401 | 422>>> {
  return call(core, op, request, options);
}
