// Generated from bapi-2026-05-12.yml (components/schemas/BillingPriceResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";

/** The `BillingPriceResponse` object of the Backend API. */
export interface BillingPriceResponse {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "commerce_price" | (string & {});
  /** Unique identifier for the price. */
  id: string;
  /** Unique identifier for the associated plan. */
  plan_id: string;
  /** Unique identifier for the instance. */
  instance_id: string;
  /** The currency code (e.g., "USD"). */
  currency: string;
  /** The currency symbol (e.g., "$"). */
  currency_symbol: string;
  /** The amount in cents for the price. */
  amount: number;
  /** The monthly amount in cents when billed annually. */
  annual_monthly_amount: number;
  fee: CommerceMoneyResponse | null;
  annual_monthly_fee: CommerceMoneyResponse | null;
  /** The description of the price. */
  description?: string | null;
  /** Whether this price is the default price for its plan. */
  is_default: boolean;
  /** Unix timestamp (milliseconds) of creation. */
  created_at: number;
  /** Which billing periods this price supports. */
  supported_billing_periods: "month" | "annual" | "both" | (string & {});
}

/** Structural schema of {@link BillingPriceResponse}: types, presence and nullability; unknown keys kept. */
export const BillingPriceResponse: v.GenericSchema<unknown, BillingPriceResponse> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  plan_id: v.string(),
  instance_id: v.string(),
  currency: v.string(),
  currency_symbol: v.string(),
  amount: v.number(),
  annual_monthly_amount: v.number(),
  fee: v.nullable(CommerceMoneyResponse),
  annual_monthly_fee: v.nullable(CommerceMoneyResponse),
  description: v.exactOptional(v.nullable(v.string())),
  is_default: v.boolean(),
  created_at: v.number(),
  supported_billing_periods: v.string(),
});
