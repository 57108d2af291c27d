// Generated from bapi-2026-05-12.yml (components/schemas/CommercePayerCreditResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";

/** The `CommercePayerCreditResponse` object of the Backend API. */
export interface CommercePayerCreditResponse {
  remaining_balance: CommerceMoneyResponse;
  applied_amount: CommerceMoneyResponse;
}

/** Structural shape of {@link CommercePayerCreditResponse}: types, presence and nullability; unknown keys kept. */
export const CommercePayerCreditResponse: s.Shape<CommercePayerCreditResponse> = /*#__PURE__*/ s.looseObject({
  remaining_balance: CommerceMoneyResponse,
  applied_amount: CommerceMoneyResponse,
});
