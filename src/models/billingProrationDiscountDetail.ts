// Generated from bapi-2026-05-12.yml (components/schemas/BillingProrationDiscountDetail). Do not edit: change codegen/ instead.
import * as v from "valibot";
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

/** Structural schema of {@link BillingProrationDiscountDetail}: types, presence and nullability; unknown keys kept. */
export const BillingProrationDiscountDetail: v.GenericSchema<unknown, BillingProrationDiscountDetail> = /*#__PURE__*/ v.looseObject({
  amount: CommerceMoneyResponse,
  cycle_days_passed: v.number(),
  cycle_days_total: v.number(),
  cycle_passed_percent: v.number(),
});
