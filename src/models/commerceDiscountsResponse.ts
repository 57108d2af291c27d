// Generated from bapi-2026-05-12.yml (components/schemas/CommerceDiscountsResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";
import { CommerceProrationDiscountResponse } from "./commerceProrationDiscountResponse.js";

/** The `CommerceDiscountsResponse` object of the Backend API. */
export interface CommerceDiscountsResponse {
  proration: CommerceProrationDiscountResponse | null;
  total: CommerceMoneyResponse;
}

/** Structural shape of {@link CommerceDiscountsResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceDiscountsResponse: s.Shape<CommerceDiscountsResponse> = /*#__PURE__*/ s.looseObject({
  proration: s.nullable(CommerceProrationDiscountResponse),
  total: CommerceMoneyResponse,
});
