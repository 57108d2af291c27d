// Generated from bapi-2026-05-12.yml (RevokeSignInToken). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { SignInToken } from "../models/signInToken.js";

/** The request of {@link signInTokensRevoke}: path, query and body keys by their wire names. */
export interface SignInTokensRevokeRequest {
  /** The ID of the sign-in token to be revoked */
  sign_in_token_id: string;
}

const op: Operation<SignInToken> = {
  id: "RevokeSignInToken",
  method: "POST",
  path: "/sign_in_tokens/{sign_in_token_id}/revoke",
  response: SignInToken,
};

/**
 * Revoke the given sign-in token
 *
 * Revokes a pending sign-in token
 *
 * `POST /sign_in_tokens/{sign_in_token_id}/revoke` · documented errors: 400, 404
 */
export function signInTokensRevoke(
  core: ClerkCore,
  request: SignInTokensRevokeRequest,
  options?: CallOptions,
): Promise<Result<SignInToken, CallError<400 | 404>>> {
  return call(core, op, request, options);
}
