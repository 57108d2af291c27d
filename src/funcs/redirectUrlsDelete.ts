// Generated from bapi-2026-05-12.yml (DeleteRedirectURL). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DeletedObject } from "../models/deletedObject.js";

/** The request of {@link redirectUrlsDelete}: path, query and body keys by their wire names. */
export interface RedirectUrlsDeleteRequest {
  /** The ID of the redirect URL */
  id: string;
}

const op: Operation<DeletedObject> = {
  id: "DeleteRedirectURL",
  method: "DELETE",
  path: "/redirect_urls/{id}",
  response: DeletedObject,
};

/**
 * Delete a redirect URL
 *
 * Remove the selected redirect URL from the whitelist of the instance
 *
 * `DELETE /redirect_urls/{id}` · documented errors: 404
 */
export function redirectUrlsDelete(
  core: ClerkCore,
  request: RedirectUrlsDeleteRequest,
  options?: CallOptions,
): Promise<Result<DeletedObject, CallError<404>>> {
  return call(core, op, request, options);
}
