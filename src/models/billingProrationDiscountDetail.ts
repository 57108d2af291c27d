// Generated from bapi-2026-05-12.yml (components/schemas/BillingProrationDiscountDetail). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";

/** The `BillingProrationDiscountDetail` object of the Backend API. */
export interface BillingProrationDiscountDetail {
  /** Credit amount with formatting */
  amount: CommerceMoneyResponse;
  /** Number of days that have passed in the billing cycle */
  cycle_days_passed: number;
  /** Total number of days in the billing cycle */
  cycle_days_total: number;
  /** Percentage of the billing cycle that has passed */
  cycle_passed_percent: number;
}

/** Structural shape of {@link BillingProrationDiscountDetail}: types, presence and nullability; unknown keys kept. */
export const BillingProrationDiscountDetail: s.Shape<BillingProrationDiscountDetail> = /*#__PURE__*/ s.looseObject({
  amount: CommerceMoneyResponse,
  cycle_days_passed: s.number,
  cycle_days_total: s.number,
  cycle_passed_percent: s.number,
});
