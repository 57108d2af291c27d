// Generated from bapi-2026-05-12.yml (GetUserBillingSubscription). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { CommerceSubscription } from "../models/commerceSubscription.js";

/** The request of {@link usersGetBillingSubscription}: path, query and body keys by their wire names. */
export interface UsersGetBillingSubscriptionRequest {
  /** The ID of the user whose subscription to retrieve */
  user_id: string;
}

const op: Operation<CommerceSubscription> = {
  id: "GetUserBillingSubscription",
  method: "GET",
  path: "/users/{user_id}/billing/subscription",
  response: CommerceSubscription,
};

/**
 * Retrieve a user's billing subscription
 *
 * Retrieves the billing subscription for the specified user.
 * This includes subscription details, active plans, billing information, and payment status.
 * The subscription contains subscription items which represent the individual plans the user is subscribed to.
 *
 * `GET /users/{user_id}/billing/subscription` · documented errors: 400, 401, 403, 404, 422, 500
 */
export function usersGetBillingSubscription(
  core: ClerkCore,
  request: UsersGetBillingSubscriptionRequest,
  options?: CallOptions,
): Promise<Result<CommerceSubscription, CallError<400 | 401 | 403 | 404 | 422 | 500>>> {
  return call(core, op, request, options);
}
