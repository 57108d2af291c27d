// Generated from bapi-2026-05-12.yml (CreateBillingPrice). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { BillingPriceResponse } from "../models/billingPriceResponse.js";

/** The request of {@link billingCreatePrice}: path, query and body keys by their wire names. */
export interface BillingCreatePriceRequest {
  /** The ID of the plan this price belongs to. */
  plan_id: string;
  /** The currency code (e.g., "USD"). Defaults to USD. */
  currency?: string;
  /** The monthly amount in cents. Use `0` for a complimentary price. Positive amounts must be at least $1 (100 cents). */
  amount: number | null;
  /** The monthly amount in cents when billed annually. Use `0` for a complimentary price. Positive amounts must be at least $1 (100 cents). */
  annual_monthly_amount?: number | null;
  /** An optional description for this custom price. */
  description?: string;
  /** Which billing periods this price supports. Inferred from amounts if omitted. */
  supported_billing_periods?: "month" | "annual" | "both";
}

const op: Operation<BillingPriceResponse> = {
  id: "CreateBillingPrice",
  method: "POST",
  path: "/billing/prices",
  body: { plan_id: "s!", currency: "s", amount: "i!?", annual_monthly_amount: "i?", description: "s", supported_billing_periods: "s" },
  response: BillingPriceResponse,
};

/**
 * Create a custom billing price
 *
 * Creates a custom price for a billing plan. Custom prices allow you to offer different pricing
 * to specific customers while maintaining the same plan structure.
 *
 * `POST /billing/prices` · documented errors: 400, 401, 404, 422, 500
 */
export function billingCreatePrice(
  core: ClerkCore,
  request: BillingCreatePriceRequest,
  options?: CallOptions,
): Promise<Result<BillingPriceResponse, CallError<400 | 401 | 404 | 422 | 500>>> {
  return call(core, op, request, options);
}
