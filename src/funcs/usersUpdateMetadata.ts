// Generated from bapi-2026-05-12.yml (UpdateUserMetadata). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { User } from "../models/user.js";

/** The request of {@link usersUpdateMetadata}: path, query and body keys by their wire names. */
export interface UsersUpdateMetadataRequest {
  /** The ID of the user whose metadata will be updated and merged */
  user_id: string;
  /**
   * Metadata saved on the user, that is visible to both your frontend and backend.
   * The new object will be merged with the existing value.
   */
  public_metadata?: Record<string, unknown>;
  /**
   * Metadata saved on the user that is only visible to your backend.
   * The new object will be merged with the existing value.
   */
  private_metadata?: Record<string, unknown>;
  /**
   * Metadata saved on the user, that can be updated from both the Frontend and Backend APIs.
   * The new object will be merged with the existing value.
   *
   * Note: Since this data can be modified from the frontend, it is not guaranteed to be safe.
   */
  unsafe_metadata?: Record<string, unknown>;
}

const op: Operation<User> = {
  id: "UpdateUserMetadata",
  method: "PATCH",
  path: "/users/{user_id}/metadata",
  body: { public_metadata: "o", private_metadata: "o", unsafe_metadata: "o" },
  response: User,
};

/**
 * Merge and update a user's metadata
 *
 * Update a user's metadata attributes by merging existing values with the provided parameters.
 *
 * This endpoint behaves differently than the *Update a user* endpoint.
 * Metadata values will not be replaced entirely.
 * Instead, a deep merge will be performed.
 * Deep means that any nested JSON objects will be merged as well.
 *
 * You can remove metadata keys at any level by setting their value to `null`.
 *
 * `PATCH /users/{user_id}/metadata` · documented errors: 400, 401, 404, 422
 */
export function usersUpdateMetadata(
  core: ClerkCore,
  request: UsersUpdateMetadataRequest,
  options?: CallOptions,
): Promise<Result<User, CallError<400 | 401 | 404 | 422>>> {
  return call(core, op, request, options);
}
