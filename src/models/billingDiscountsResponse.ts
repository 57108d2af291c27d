// Generated from bapi-2026-05-12.yml (components/schemas/BillingDiscountsResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { BillingProrationDiscountDetail } from "./billingProrationDiscountDetail.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";

/** The `BillingDiscountsResponse` object of the Backend API. */
export interface BillingDiscountsResponse {
  /** Proration details from passed subscription time */
  proration: BillingProrationDiscountDetail | null;
  /** Total discounts applied */
  total: CommerceMoneyResponse;
}

/** Structural schema of {@link BillingDiscountsResponse}: types, presence and nullability; unknown keys kept. */
export const BillingDiscountsResponse: v.GenericSchema<unknown, BillingDiscountsResponse> = /*#__PURE__*/ v.looseObject({
  proration: v.nullable(BillingProrationDiscountDetail),
  total: CommerceMoneyResponse,
});
