// Generated from bapi-2026-05-12.yml (DeleteUserProfileImage). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { User } from "../models/user.js";

/** The request of {@link usersDeleteProfileImage}: path, query and body keys by their wire names. */
export interface UsersDeleteProfileImageRequest {
  /** The ID of the user to delete the profile image for */
  user_id: string;
}

const op: Operation<User> = {
  id: "DeleteUserProfileImage",
  method: "DELETE",
  path: "/users/{user_id}/profile_image",
  response: User,
};

/**
 * Delete user profile image
 *
 * Delete a user's profile image
 *
 * `DELETE /users/{user_id}/profile_image` · documented errors: 404
 */
export function usersDeleteProfileImage(
  core: ClerkCore,
  request: UsersDeleteProfileImageRequest,
  options?: CallOptions,
): Promise<Result<User, CallError<404>>> {
  return call(core, op, request, options);
}
