// Generated from bapi-2026-05-12.yml (ApplyBillingSubscriptionItemDiscount). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { CommerceDiscountRedemptionResponse } from "../models/commerceDiscountRedemptionResponse.js";

/** The request of {@link billingApplySubscriptionItemDiscount}: path, query and body keys by their wire names. */
export interface BillingApplySubscriptionItemDiscountRequest {
  /** The ID of the subscription item to apply the discount to */
  subscription_item_id: string;
  /** The ID of the discount to apply to the subscription item. */
  discount_id: string;
}

const op: Operation<CommerceDiscountRedemptionResponse> = {
  id: "ApplyBillingSubscriptionItemDiscount",
  method: "POST",
  path: "/billing/subscription_items/{subscription_item_id}/discounts",
  body: { discount_id: "s!" },
  response: CommerceDiscountRedemptionResponse,
};

/**
 * Apply a discount to a subscription item
 *
 * Applies an existing discount to a subscription item.
 * Manual application is an override path: self-serve distribution rules are not enforced.
 * At most one active discount is allowed per subscription item; applying a different
 * discount replaces the currently active one. Re-applying the same active discount returns a conflict.
 *
 * `POST /billing/subscription_items/{subscription_item_id}/discounts` · documented errors: 400, 401, 403, 404, 409, 422, 500
 */
export function billingApplySubscriptionItemDiscount(
  core: ClerkCore,
  request: BillingApplySubscriptionItemDiscountRequest,
  options?: CallOptions,
): Promise<Result<CommerceDiscountRedemptionResponse, CallError<400 | 401 | 403 | 404 | 409 | 422 | 500>>> {
  return call(core, op, request, options);
}
