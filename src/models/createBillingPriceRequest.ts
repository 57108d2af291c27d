// Generated from bapi-2026-05-12.yml (components/schemas/CreateBillingPriceRequest). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `CreateBillingPriceRequest` object of the Backend API. */
export interface CreateBillingPriceRequest {
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

/** Structural shape of {@link CreateBillingPriceRequest}: types, presence and nullability; unknown keys kept. */
export const CreateBillingPriceRequest: s.Shape<CreateBillingPriceRequest> = /*#__PURE__*/ s.looseObject({
  plan_id: s.string,
  currency: s.exactOptional(s.string),
  amount: s.nullable(s.number),
  annual_monthly_amount: s.exactOptional(s.nullable(s.number)),
  description: s.exactOptional(s.string),
  supported_billing_periods: s.exactOptional(s.picklist(["month","annual","both"])),
});
