// Generated from bapi-2026-05-12.yml (RemoveBillingSubscriptionItemDiscount). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { CommerceDiscountRedemptionResponse } from "../models/commerceDiscountRedemptionResponse.js";

/** The request of {@link billingRemoveSubscriptionItemDiscount}: path, query and body keys by their wire names. */
export interface BillingRemoveSubscriptionItemDiscountRequest {
  /** The ID of the subscription item to remove the discount from */
  subscription_item_id: string;
  /** The ID of the discount to remove */
  discount_id: string;
}

const op: Operation<CommerceDiscountRedemptionResponse> = {
  id: "RemoveBillingSubscriptionItemDiscount",
  method: "DELETE",
  path: "/billing/subscription_items/{subscription_item_id}/discounts/{discount_id}",
  response: CommerceDiscountRedemptionResponse,
};

/**
 * Remove a discount from a subscription item
 *
 * Removes the active discount from a subscription item.
 * The discount_id must match the subscription item's currently active discount.
 *
 * `DELETE /billing/subscription_items/{subscription_item_id}/discounts/{discount_id}` · documented errors: 400, 401, 403, 404, 409, 422, 500
 */
export function billingRemoveSubscriptionItemDiscount(
  core: ClerkCore,
  request: BillingRemoveSubscriptionItemDiscountRequest,
  options?: CallOptions,
): Promise<Result<CommerceDiscountRedemptionResponse, CallError<400 | 401 | 403 | 404 | 409 | 422 | 500>>> {
  return call(core, op, request, options);
}
