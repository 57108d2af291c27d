// Generated from bapi-2026-05-12.yml (components/schemas/CommerceProrationCreditDetailResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";

/** The `CommerceProrationCreditDetailResponse` object of the Backend API. */
export interface CommerceProrationCreditDetailResponse {
  amount: CommerceMoneyResponse;
  cycle_days_remaining: number;
  cycle_days_total: number;
  cycle_remaining_percent: number;
}

/** Structural schema of {@link CommerceProrationCreditDetailResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceProrationCreditDetailResponse: v.GenericSchema<unknown, CommerceProrationCreditDetailResponse> = /*#__PURE__*/ v.looseObject({
  amount: CommerceMoneyResponse,
  cycle_days_remaining: v.number(),
  cycle_days_total: v.number(),
  cycle_remaining_percent: v.number(),
});
