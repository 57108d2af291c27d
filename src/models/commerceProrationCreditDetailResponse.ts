// Generated from bapi-2026-05-12.yml (components/schemas/CommerceProrationCreditDetailResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";

/** The `CommerceProrationCreditDetailResponse` object of the Backend API. */
export interface CommerceProrationCreditDetailResponse {
  amount: CommerceMoneyResponse;
  cycle_days_remaining: number;
  cycle_days_total: number;
  cycle_remaining_percent: number;
}

/** Structural shape of {@link CommerceProrationCreditDetailResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceProrationCreditDetailResponse: s.Shape<CommerceProrationCreditDetailResponse> = /*#__PURE__*/ s.looseObject({
  amount: CommerceMoneyResponse,
  cycle_days_remaining: s.number,
  cycle_days_total: s.number,
  cycle_remaining_percent: s.number,
});
