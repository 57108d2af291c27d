// Generated from bapi-2026-05-12.yml (ReplaceUserMetadata). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { User } from "../models/user.js";

/** The request of {@link usersReplaceMetadata}: path, query and body keys by their wire names. */
export interface UsersReplaceMetadataRequest {
  /** The ID of the user whose metadata will be replaced */
  user_id: string;
  /**
   * Metadata saved on the user, that is visible to both your frontend and backend.
   * The existing value will be replaced entirely with the new object.
   */
  public_metadata?: Record<string, unknown>;
  /**
   * Metadata saved on the user that is only visible to your backend.
   * The existing value will be replaced entirely with the new object.
   */
  private_metadata?: Record<string, unknown>;
  /**
   * Metadata saved on the user, that can be updated from both the Frontend and Backend APIs.
   * The existing value will be replaced entirely with the new object.
   *
   * Note: Since this data can be modified from the frontend, it is not guaranteed to be safe.
   */
  unsafe_metadata?: Record<string, unknown>;
}

const op: Operation<User> = {
  id: "ReplaceUserMetadata",
  method: "PUT",
  path: "/users/{user_id}/metadata",
  body: { public_metadata: "o", private_metadata: "o", unsafe_metadata: "o" },
  response: User,
};

/**
 * Replace a user's metadata
 *
 * Replace a user's metadata attributes with the provided values.
 *
 * Unlike `PATCH /v1/users/{user_id}/metadata` (merge semantics), this endpoint
 * replaces the supplied metadata fields entirely — the prior contents of each
 * supplied field are discarded. Fields omitted from the request body are
 * left unchanged.
 *
 * Prefer the `PATCH` endpoint for partial updates. Use `PUT` only when you
 * explicitly intend to overwrite a metadata field wholesale.
 *
 * `PUT /users/{user_id}/metadata` · documented errors: 400, 401, 404, 422
 */
export function usersReplaceMetadata(
  core: ClerkCore,
  request: UsersReplaceMetadataRequest,
  options?: CallOptions,
): Promise<Result<User, CallError<400 | 401 | 404 | 422>>> {
  return call(core, op, request, options);
}
