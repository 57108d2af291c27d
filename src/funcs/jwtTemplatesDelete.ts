// Generated from bapi-2026-05-12.yml (DeleteJWTTemplate). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DeletedObject } from "../models/deletedObject.js";

/** The request of {@link jwtTemplatesDelete}: path, query and body keys by their wire names. */
export interface JwtTemplatesDeleteRequest {
  /** JWT Template ID */
  template_id: string;
}

const op: Operation<DeletedObject> = {
  id: "DeleteJWTTemplate",
  method: "DELETE",
  path: "/jwt_templates/{template_id}",
  response: DeletedObject,
};

/**
 * Delete a Template
 *
 * `DELETE /jwt_templates/{template_id}` · documented errors: 403, 404
 */
export function jwtTemplatesDelete(
  core: ClerkCore,
  request: JwtTemplatesDeleteRequest,
  options?: CallOptions,
): Promise<Result<DeletedObject, CallError<403 | 404>>> {
  return call(core, op, request, options);
}
