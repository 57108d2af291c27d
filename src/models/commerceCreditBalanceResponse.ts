// Generated from bapi-2026-05-12.yml (components/schemas/CommerceCreditBalanceResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";

/** The `CommerceCreditBalanceResponse` object of the Backend API. */
export interface CommerceCreditBalanceResponse {
  /** String representing the object's type. Always "commerce_credit_balance". */
  object: string;
  /** The current credit balance. Null when the payer has never had credits. */
  balance: CommerceMoneyResponse | null;
}

/** Structural shape of {@link CommerceCreditBalanceResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceCreditBalanceResponse: s.Shape<CommerceCreditBalanceResponse> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  balance: s.nullable(CommerceMoneyResponse),
});
