// Generated from bapi-2026-05-12.yml (components/schemas/CommerceSubscriptionCreditResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";

/** The `CommerceSubscriptionCreditResponse` object of the Backend API. */
export interface CommerceSubscriptionCreditResponse {
  /** Credit amount. */
  amount?: CommerceMoneyResponse | null;
  /** Percentage of the billing cycle remaining. */
  cycle_remaining_percent?: number;
}

/** Structural shape of {@link CommerceSubscriptionCreditResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceSubscriptionCreditResponse: s.Shape<CommerceSubscriptionCreditResponse> = /*#__PURE__*/ s.looseObject({
  amount: s.exactOptional(s.nullable(CommerceMoneyResponse)),
  cycle_remaining_percent: s.exactOptional(s.number),
});
