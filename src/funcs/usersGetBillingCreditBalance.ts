// Generated from bapi-2026-05-12.yml (GetUserBillingCreditBalance). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { CommerceCreditBalanceResponse } from "../models/commerceCreditBalanceResponse.js";

/** The request of {@link usersGetBillingCreditBalance}: path, query and body keys by their wire names. */
export interface UsersGetBillingCreditBalanceRequest {
  /** The ID of the user whose credit balance to retrieve */
  user_id: string;
}

const op: Operation<CommerceCreditBalanceResponse> = {
  id: "GetUserBillingCreditBalance",
  method: "GET",
  path: "/users/{user_id}/billing/credits",
  response: CommerceCreditBalanceResponse,
};

/**
 * Retrieve a user's credit balance
 *
 * Retrieves the current credit balance for the specified user.
 * Credits can be applied during checkout to reduce the charge or automatically applied to upcoming recurring charges
 *
 * `GET /users/{user_id}/billing/credits` · documented errors: 400, 401, 403, 404, 422, 500
 */
export function usersGetBillingCreditBalance(
  core: ClerkCore,
  request: UsersGetBillingCreditBalanceRequest,
  options?: CallOptions,
): Promise<Result<CommerceCreditBalanceResponse, CallError<400 | 401 | 403 | 404 | 422 | 500>>> {
  return call(core, op, request, options);
}
