// Generated from bapi-2026-05-12.yml (ListJWTTemplates). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";
import { JWTTemplate } from "../models/jwtTemplate.js";

/** The request of {@link jwtTemplatesList}: path, query and body keys by their wire names. */
export interface JwtTemplatesListRequest {
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

const op: Operation<JWTTemplate[]> = {
  id: "ListJWTTemplates",
  method: "GET",
  path: "/jwt_templates",
  query: { paginated: "b", limit: "i", offset: "i" },
  response: /*#__PURE__*/ s.array(JWTTemplate),
  paginated: true,
};

/**
 * List all templates
 *
 * `GET /jwt_templates` · pages with `paginate` (bare array) · `paginated: true` answers `{ data, total_count }`
 */
export function jwtTemplatesList(
  core: ClerkCore,
  request: JwtTemplatesListRequest & { paginated: true },
  options?: CallOptions,
): Promise<Result<{ data: JWTTemplate[]; total_count: number }, CallError<never>>>;
/** Without `paginated: true`: the bare array. */
export function jwtTemplatesList(
  core: ClerkCore,
  request?: JwtTemplatesListRequest & { paginated?: false },
  options?: CallOptions,
): Promise<Result<JWTTemplate[], CallError<never>>>;
/** A `paginated` flag known only at run time: either shape. */
export function jwtTemplatesList(
  core: ClerkCore,
  request?: JwtTemplatesListRequest,
  options?: CallOptions,
): Promise<Result<JWTTemplate[] | { data: JWTTemplate[]; total_count: number }, CallError<never>>>;
export function jwtTemplatesList(
  core: ClerkCore,
  request?: JwtTemplatesListRequest,
  options?: CallOptions,
): Promise<Result<JWTTemplate[] | { data: JWTTemplate[]; total_count: number }, CallError<never>>> {
  return call(core, op, request, options);
}
