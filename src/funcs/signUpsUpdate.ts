// Generated from bapi-2026-05-12.yml (UpdateSignUp). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { SignUp } from "../models/signUp.js";

/** The request of {@link signUpsUpdate}: path, query and body keys by their wire names. */
export interface SignUpsUpdateRequest {
  /** The ID of the sign-up to update */
  id: string;
  /**
   * The ID of the guest attempting to sign up as used in your external systems or your previous authentication solution.
   * This will be copied to the resulting user when the sign-up is completed.
   */
  external_id?: string | null;
  /** If true, the sign-up will be marked as a custom action. */
  custom_action?: boolean | null;
}

const op: Operation<SignUp> = {
  id: "UpdateSignUp",
  method: "PATCH",
  path: "/sign_ups/{id}",
  body: { external_id: "s?", custom_action: "b?" },
  response: SignUp,
};

/**
 * Update a sign-up
 *
 * Update the sign-up with the given ID
 *
 * `PATCH /sign_ups/{id}` · documented errors: 403
 */
export function signUpsUpdate(
  core: ClerkCore,
  request: SignUpsUpdateRequest,
  options?: CallOptions,
): Promise<Result<SignUp, CallError<403>>> {
  return call(core, op, request, options);
}
