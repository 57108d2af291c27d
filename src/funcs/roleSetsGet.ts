// Generated from bapi-2026-05-12.yml (GetRoleSet). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { RoleSet } from "../models/roleSet.js";

/** The request of {@link roleSetsGet}: path, query and body keys by their wire names. */
export interface RoleSetsGetRequest {
  /** The key or ID of the role set */
  role_set_key_or_id: string;
}

const op: Operation<RoleSet> = {
  id: "GetRoleSet",
  method: "GET",
  path: "/role_sets/{role_set_key_or_id}",
  response: RoleSet,
};

/**
 * Retrieve a role set
 *
 * Retrieves an existing role set by its key or ID.
 *
 * `GET /role_sets/{role_set_key_or_id}` · documented errors: 401, 403, 404
 */
export function roleSetsGet(
  core: ClerkCore,
  request: RoleSetsGetRequest,
  options?: CallOptions,
): Promise<Result<RoleSet, CallError<401 | 403 | 404>>> {
  return call(core, op, request, options);
}
