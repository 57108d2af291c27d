// Generated from bapi-2026-05-12.yml (DeleteDomain). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DeletedObject } from "../models/deletedObject.js";

/** The request of {@link domainsDelete}: path, query and body keys by their wire names. */
export interface DomainsDeleteRequest {
  /** The ID of the domain that will be deleted. Must be a satellite domain. */
  domain_id: string;
}

const op: Operation<DeletedObject> = {
  id: "DeleteDomain",
  method: "DELETE",
  path: "/domains/{domain_id}",
  response: DeletedObject,
};

/**
 * Delete a satellite domain
 *
 * Deletes a satellite domain for the instance.
 * It is currently not possible to delete the instance's primary domain.
 *
 * `DELETE /domains/{domain_id}` · documented errors: 403, 404
 */
export function domainsDelete(
  core: ClerkCore,
  request: DomainsDeleteRequest,
  options?: CallOptions,
): Promise<Result<DeletedObject, CallError<403 | 404>>> {
  return call(core, op, request, options);
}
