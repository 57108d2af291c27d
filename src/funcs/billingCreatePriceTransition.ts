// Generated from bapi-2026-05-12.yml (CreateBillingPriceTransition). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { CommercePriceTransitionResponse } from "../models/commercePriceTransitionResponse.js";

/** The request of {@link billingCreatePriceTransition}: path, query and body keys by their wire names. */
export interface BillingCreatePriceTransitionRequest {
  /** The ID of the subscription item to transition */
  subscription_item_id: string;
  /** The current price ID of the subscription item. */
  from_price_id: string;
  /** The target price ID to transition to. */
  to_price_id: string;
}

const op: Operation<CommercePriceTransitionResponse> = {
  id: "CreateBillingPriceTransition",
  method: "POST",
  path: "/billing/subscription_items/{subscription_item_id}/price_transition",
  body: { from_price_id: "s!", to_price_id: "s!" },
  response: CommercePriceTransitionResponse,
};

/**
 * Create a price transition for a subscription item
 *
 * Creates a price transition for the specified subscription item.
 * This may create an upcoming subscription item or activate immediately depending on plan and payer rules.
 *
 * `POST /billing/subscription_items/{subscription_item_id}/price_transition` · documented errors: 400, 401, 403, 404, 409, 422, 500
 */
export function billingCreatePriceTransition(
  core: ClerkCore,
  request: BillingCreatePriceTransitionRequest,
  options?: CallOptions,
): Promise<Result<CommercePriceTransitionResponse, CallError<400 | 401 | 403 | 404 | 409 | 422 | 500>>> {
  return call(core, op, request, options);
}
