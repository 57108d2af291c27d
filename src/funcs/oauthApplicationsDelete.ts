// Generated from bapi-2026-05-12.yml (DeleteOAuthApplication). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DeletedObject } from "../models/deletedObject.js";

/** The request of {@link oauthApplicationsDelete}: path, query and body keys by their wire names. */
export interface OauthApplicationsDeleteRequest {
  /** The ID of the OAuth application to delete */
  oauth_application_id: string;
}

const op: Operation<DeletedObject> = {
  id: "DeleteOAuthApplication",
  method: "DELETE",
  path: "/oauth_applications/{oauth_application_id}",
  response: DeletedObject,
};

/**
 * Delete an OAuth application
 *
 * Deletes the given OAuth application.
 * This is not reversible.
 *
 * `DELETE /oauth_applications/{oauth_application_id}` · documented errors: 403, 404
 */
export function oauthApplicationsDelete(
  core: ClerkCore,
  request: OauthApplicationsDeleteRequest,
  options?: CallOptions,
): Promise<Result<DeletedObject, CallError<403 | 404>>> {
  return call(core, op, request, options);
}
