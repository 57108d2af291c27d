// Generated from bapi-2026-05-12.yml (components/schemas/BillingDiscountsResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { BillingProrationDiscountDetail } from "./billingProrationDiscountDetail.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";

/** The `BillingDiscountsResponse` object of the Backend API. */
export interface BillingDiscountsResponse {
  /** Proration details from passed subscription time */
  proration: BillingProrationDiscountDetail | null;
  /** Total discounts applied */
  total: CommerceMoneyResponse;
}

/** Structural shape of {@link BillingDiscountsResponse}: types, presence and nullability; unknown keys kept. */
export const BillingDiscountsResponse: s.Shape<BillingDiscountsResponse> = /*#__PURE__*/ s.looseObject({
  proration: s.nullable(BillingProrationDiscountDetail),
  total: CommerceMoneyResponse,
});
