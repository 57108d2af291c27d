// Generated from bapi-2026-05-12.yml (components/schemas/BillingPriceResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
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

/** Structural shape of {@link BillingPriceResponse}: types, presence and nullability; unknown keys kept. */
export const BillingPriceResponse: s.Shape<BillingPriceResponse> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  plan_id: s.string,
  instance_id: s.string,
  currency: s.string,
  currency_symbol: s.string,
  amount: s.number,
  annual_monthly_amount: s.number,
  fee: s.nullable(CommerceMoneyResponse),
  annual_monthly_fee: s.nullable(CommerceMoneyResponse),
  description: s.exactOptional(s.nullable(s.string)),
  is_default: s.boolean,
  created_at: s.number,
  supported_billing_periods: s.string,
});
