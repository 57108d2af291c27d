// Generated from bapi-2026-05-12.yml (components/schemas/CommerceCreditsResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";
import { CommercePayerCreditResponse } from "./commercePayerCreditResponse.js";
import { CommerceProrationCreditDetailResponse } from "./commerceProrationCreditDetailResponse.js";

/** The `CommerceCreditsResponse` object of the Backend API. */
export interface CommerceCreditsResponse {
  proration: CommerceProrationCreditDetailResponse | null;
  payer: CommercePayerCreditResponse | null;
  total: CommerceMoneyResponse;
}

/** Structural schema of {@link CommerceCreditsResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceCreditsResponse: v.GenericSchema<unknown, CommerceCreditsResponse> = /*#__PURE__*/ v.looseObject({
  proration: v.nullable(CommerceProrationCreditDetailResponse),
  payer: v.nullable(CommercePayerCreditResponse),
  total: CommerceMoneyResponse,
});
