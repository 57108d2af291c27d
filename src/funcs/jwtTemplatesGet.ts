// Generated from bapi-2026-05-12.yml (GetJWTTemplate). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { JWTTemplate } from "../models/jwtTemplate.js";

/** The request of {@link jwtTemplatesGet}: path, query and body keys by their wire names. */
export interface JwtTemplatesGetRequest {
  /** JWT Template ID */
  template_id: string;
}

const op: Operation<JWTTemplate> = {
  id: "GetJWTTemplate",
  method: "GET",
  path: "/jwt_templates/{template_id}",
  response: JWTTemplate,
};

/**
 * Retrieve a template
 *
 * Retrieve the details of a given JWT template
 *
 * `GET /jwt_templates/{template_id}` · documented errors: 404
 */
export function jwtTemplatesGet(
  core: ClerkCore,
  request: JwtTemplatesGetRequest,
  options?: CallOptions,
): Promise<Result<JWTTemplate, CallError<404>>> {
  return call(core, op, request, options);
}
