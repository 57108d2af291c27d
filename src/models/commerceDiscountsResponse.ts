// Generated from bapi-2026-05-12.yml (components/schemas/CommerceDiscountsResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";
import { CommerceProrationDiscountResponse } from "./commerceProrationDiscountResponse.js";

/** The `CommerceDiscountsResponse` object of the Backend API. */
export interface CommerceDiscountsResponse {
  proration: CommerceProrationDiscountResponse | null;
  total: CommerceMoneyResponse;
}

/** Structural schema of {@link CommerceDiscountsResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceDiscountsResponse: v.GenericSchema<unknown, CommerceDiscountsResponse> = /*#__PURE__*/ v.looseObject({
  proration: v.nullable(CommerceProrationDiscountResponse),
  total: CommerceMoneyResponse,
});
