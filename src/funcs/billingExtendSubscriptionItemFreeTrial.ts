// Generated from bapi-2026-05-12.yml (ExtendBillingSubscriptionItemFreeTrial). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { CommerceSubscriptionItemWithPaymentSource } from "../models/commerceSubscriptionItemWithPaymentSource.js";

/** The request of {@link billingExtendSubscriptionItemFreeTrial}: path, query and body keys by their wire names. */
export interface BillingExtendSubscriptionItemFreeTrialRequest {
  /** The ID of the subscription item to extend the free trial for */
  subscription_item_id: string;
  /**
   * RFC3339 timestamp to extend the free trial to.
   * Must be in the future and not more than 365 days from now.
   */
  extend_to: string;
}

const op: Operation<CommerceSubscriptionItemWithPaymentSource> = {
  id: "ExtendBillingSubscriptionItemFreeTrial",
  method: "POST",
  path: "/billing/subscription_items/{subscription_item_id}/extend_free_trial",
  body: { extend_to: "s!" },
  response: CommerceSubscriptionItemWithPaymentSource,
};

/**
 * Extend free trial for a subscription item
 *
 * Extends the free trial period for a specific subscription item to the specified timestamp.
 * The subscription item must be currently in a free trial period, and the plan must support free trials.
 * The timestamp must be in the future and not more than 365 days from the end of the current trial period
 * This operation is idempotent - repeated requests with the same timestamp will not change the trial period.
 *
 * `POST /billing/subscription_items/{subscription_item_id}/extend_free_trial` · documented errors: 400, 401, 403, 404, 422, 500
 */
export function billingExtendSubscriptionItemFreeTrial(
  core: ClerkCore,
  request: BillingExtendSubscriptionItemFreeTrialRequest,
  options?: CallOptions,
): Promise<Result<CommerceSubscriptionItemWithPaymentSource, CallError<400 | 401 | 403 | 404 | 422 | 500>>> {
  return call(core, op, request, options);
}
