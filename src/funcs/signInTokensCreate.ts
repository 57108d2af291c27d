// Generated from bapi-2026-05-12.yml (CreateSignInToken). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { SignInToken } from "../models/signInToken.js";

/** The request of {@link signInTokensCreate}: path, query and body keys by their wire names. */
export interface SignInTokensCreateRequest {
  /** The ID of the user that can use the newly created sign in token */
  user_id: string;
  /**
   * The ID of the organization to activate when the user signs in.
   * Organizations must be enabled for the instance, and the user must be a member of the organization.
   */
  org_id?: string | null;
  /**
   * Optional parameter to specify the life duration of the sign in token in seconds.
   * By default, the duration is 30 days.
   */
  expires_in_seconds?: number | null;
}

const op: Operation<SignInToken> = {
  id: "CreateSignInToken",
  method: "POST",
  path: "/sign_in_tokens",
  body: { user_id: "s!", org_id: "s?", expires_in_seconds: "i?" },
  response: SignInToken,
};

/**
 * Create sign-in token
 *
 * Creates a new sign-in token and associates it with the given user.
 * By default, sign-in tokens expire in 30 days.
 * You can optionally supply a different duration in seconds using the `expires_in_seconds` property.
 *
 * `POST /sign_in_tokens` · documented errors: 403, 404, 422
 */
export function signInTokensCreate(
  core: ClerkCore,
  request: SignInTokensCreateRequest,
  options?: CallOptions,
): Promise<Result<SignInToken, CallError<403 | 404 | 422>>> {
  return call(core, op, request, options);
}
