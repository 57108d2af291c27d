// Generated from bapi-2026-05-12.yml (GetSignUp). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { SignUp } from "../models/signUp.js";

/** The request of {@link signUpsGet}: path, query and body keys by their wire names. */
export interface SignUpsGetRequest {
  /** The ID of the sign-up to retrieve */
  id: string;
}

const op: Operation<SignUp> = {
  id: "GetSignUp",
  method: "GET",
  path: "/sign_ups/{id}",
  response: SignUp,
};

/**
 * Retrieve a sign-up by ID
 *
 * Retrieve the details of the sign-up with the given ID
 *
 * `GET /sign_ups/{id}` · documented errors: 403
 */
export function signUpsGet(
  core: ClerkCore,
  request: SignUpsGetRequest,
  options?: CallOptions,
): Promise<Result<SignUp, CallError<403>>> {
  return call(core, op, request, options);
}
