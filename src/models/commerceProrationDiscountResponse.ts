// Generated from bapi-2026-05-12.yml (components/schemas/CommerceProrationDiscountResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";

/** The `CommerceProrationDiscountResponse` object of the Backend API. */
export interface CommerceProrationDiscountResponse {
  amount: CommerceMoneyResponse;
  cycle_days_passed: number;
  cycle_days_total: number;
  cycle_passed_percent: number;
}

/** Structural shape of {@link CommerceProrationDiscountResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceProrationDiscountResponse: s.Shape<CommerceProrationDiscountResponse> = /*#__PURE__*/ s.looseObject({
  amount: CommerceMoneyResponse,
  cycle_days_passed: s.number,
  cycle_days_total: s.number,
  cycle_passed_percent: s.number,
});
