// Generated from bapi-2026-05-12.yml (CancelCommerceSubscriptionItem). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { CommerceSubscriptionItem } from "../models/commerceSubscriptionItem.js";

/** The request of {@link billingCancelSubscriptionItem}: path, query and body keys by their wire names. */
export interface BillingCancelSubscriptionItemRequest {
  /** The ID of the subscription item to cancel */
  subscription_item_id: string;
  /** Whether to cancel the subscription immediately (true) or at the end of the current billing period (false, default) */
  end_now?: boolean;
}

const op: Operation<CommerceSubscriptionItem> = {
  id: "CancelCommerceSubscriptionItem",
  method: "DELETE",
  path: "/billing/subscription_items/{subscription_item_id}",
  query: { end_now: "b" },
  response: CommerceSubscriptionItem,
};

/**
 * Cancel a subscription item
 *
 * Cancel a specific subscription item. The subscription item can be canceled immediately or at the end of the current billing period.
 *
 * `DELETE /billing/subscription_items/{subscription_item_id}` · documented errors: 400, 401, 403, 404, 422, 500
 */
export function billingCancelSubscriptionItem(
  core: ClerkCore,
  request: BillingCancelSubscriptionItemRequest,
  options?: CallOptions,
): Promise<Result<CommerceSubscriptionItem, CallError<400 | 401 | 403 | 404 | 422 | 500>>> {
  return call(core, op, request, options);
}
