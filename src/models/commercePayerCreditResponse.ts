// Generated from bapi-2026-05-12.yml (components/schemas/CommercePayerCreditResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";

/** The `CommercePayerCreditResponse` object of the Backend API. */
export interface CommercePayerCreditResponse {
  remaining_balance: CommerceMoneyResponse;
  applied_amount: CommerceMoneyResponse;
}

/** Structural schema of {@link CommercePayerCreditResponse}: types, presence and nullability; unknown keys kept. */
export const CommercePayerCreditResponse: v.GenericSchema<unknown, CommercePayerCreditResponse> = /*#__PURE__*/ v.looseObject({
  remaining_balance: CommerceMoneyResponse,
  applied_amount: CommerceMoneyResponse,
});
