// Generated from bapi-2026-05-12.yml (components/schemas/CommerceCreditsResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";
import { CommercePayerCreditResponse } from "./commercePayerCreditResponse.js";
import { CommerceProrationCreditDetailResponse } from "./commerceProrationCreditDetailResponse.js";

/** The `CommerceCreditsResponse` object of the Backend API. */
export interface CommerceCreditsResponse {
  proration: CommerceProrationCreditDetailResponse | null;
  payer: CommercePayerCreditResponse | null;
  total: CommerceMoneyResponse;
}

/** Structural shape of {@link CommerceCreditsResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceCreditsResponse: s.Shape<CommerceCreditsResponse> = /*#__PURE__*/ s.looseObject({
  proration: s.nullable(CommerceProrationCreditDetailResponse),
  payer: s.nullable(CommercePayerCreditResponse),
  total: CommerceMoneyResponse,
});
