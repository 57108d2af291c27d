// Generated from bapi-2026-05-12.yml (DeleteOrganizationDomain). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DeletedObject } from "../models/deletedObject.js";

/** The request of {@link organizationDomainsDelete}: path, query and body keys by their wire names. */
export interface OrganizationDomainsDeleteRequest {
  /** The ID of the organization to which the domain belongs */
  organization_id: string;
  /** The ID of the domain */
  domain_id: string;
}

const op: Operation<DeletedObject> = {
  id: "DeleteOrganizationDomain",
  method: "DELETE",
  path: "/organizations/{organization_id}/domains/{domain_id}",
  response: DeletedObject,
};

/**
 * Remove a domain from an organization.
 *
 * Removes the given domain from the organization.
 *
 * `DELETE /organizations/{organization_id}/domains/{domain_id}` · documented errors: 400, 401, 403, 404
 */
export function organizationDomainsDelete(
  core: ClerkCore,
  request: OrganizationDomainsDeleteRequest,
  options?: CallOptions,
): Promise<Result<DeletedObject, CallError<400 | 401 | 403 | 404>>> {
  return call(core, op, request, options);
}
