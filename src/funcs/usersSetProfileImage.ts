// Generated from bapi-2026-05-12.yml (SetUserProfileImage). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { multipart } from "../core/multipart.js";
import { User } from "../models/user.js";

/** The request of {@link usersSetProfileImage}: path, query and body keys by their wire names. */
export interface UsersSetProfileImageRequest {
  /** The ID of the user to update the profile image for */
  user_id: string;
  file?: Blob;
}

const op: Operation<User> = {
  id: "SetUserProfileImage",
  method: "POST",
  path: "/users/{user_id}/profile_image",
  body: { file: "f" },
  encode: multipart,
  response: User,
};

/**
 * Set user profile image
 *
 * Update a user's profile image
 *
 * `POST /users/{user_id}/profile_image` · documented errors: 400, 401, 404
 */
export function usersSetProfileImage(
  core: ClerkCore,
  request: UsersSetProfileImageRequest,
  options?: CallOptions,
): Promise<Result<User, CallError<400 | 401 | 404>>> {
  return call(core, op, request, options);
}
