// Generated from bapi-2026-05-12.yml (components/schemas/CommerceProrationDiscountResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";

/** The `CommerceProrationDiscountResponse` object of the Backend API. */
export interface CommerceProrationDiscountResponse {
  amount: CommerceMoneyResponse;
  cycle_days_passed: number;
  cycle_days_total: number;
  cycle_passed_percent: number;
}

/** Structural schema of {@link CommerceProrationDiscountResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceProrationDiscountResponse: v.GenericSchema<unknown, CommerceProrationDiscountResponse> = /*#__PURE__*/ v.looseObject({
  amount: CommerceMoneyResponse,
  cycle_days_passed: v.number(),
  cycle_days_total: v.number(),
  cycle_passed_percent: v.number(),
});
