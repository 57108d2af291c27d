// Generated from bapi-2026-05-12.yml (CreateRoleSet). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { RoleSet } from "../models/roleSet.js";

/** The request of {@link roleSetsCreate}: path, query and body keys by their wire names. */
export interface RoleSetsCreateRequest {
  /** The name of the new role set */
  name: string;
  /**
   * A unique key for the role set. Must start with 'role_set:' and contain only lowercase alphanumeric characters and underscores.
   * If not provided, a key will be generated from the name.
   */
  key?: string;
  /** Optional description for the role set */
  description?: string | null;
  /**
   * The key of the role to use as the default role for new organization members.
   * Must be one of the roles in the `roles` array.
   */
  default_role_key: string;
  /**
   * The key of the role to assign to organization creators.
   * Must be one of the roles in the `roles` array.
   */
  creator_role_key: string;
  /**
   * The type of the role set. "initial" role sets are the default for new organizations.
   * Only one role set can be "initial" per instance.
   */
  type?: "initial" | "custom";
  /**
   * Array of role keys to include in the role set.
   * Must contain at least one role and no more than 10 roles.
   */
  roles: string[];
}

const op: Operation<RoleSet> = {
  id: "CreateRoleSet",
  method: "POST",
  path: "/role_sets",
  body: { name: "s!", key: "s", description: "s?", default_role_key: "s!", creator_role_key: "s!", type: "s", roles: "s[]!" },
  response: RoleSet,
};

/**
 * Create a role set
 *
 * Creates a new role set with the given name and roles.
 * The key must be unique for the instance and start with the 'role_set:' prefix, followed by lowercase alphanumeric characters and underscores only.
 * You must provide at least one role and specify a default role key and creator role key.
 *
 * `POST /role_sets` · documented errors: 400, 401, 402, 403, 404, 422
 */
export function roleSetsCreate(
  core: ClerkCore,
  request: RoleSetsCreateRequest,
  options?: CallOptions,
): Promise<Result<RoleSet, CallError<400 | 401 | 402 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
