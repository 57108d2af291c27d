// Generated from bapi-2026-05-12.yml (components/schemas/CommerceSubscriptionCreditResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";

/** The `CommerceSubscriptionCreditResponse` object of the Backend API. */
export interface CommerceSubscriptionCreditResponse {
  /** Credit amount. */
  amount?: CommerceMoneyResponse | null;
  /** Percentage of the billing cycle remaining. */
  cycle_remaining_percent?: number;
}

/** Structural schema of {@link CommerceSubscriptionCreditResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceSubscriptionCreditResponse: v.GenericSchema<unknown, CommerceSubscriptionCreditResponse> = /*#__PURE__*/ v.looseObject({
  amount: v.exactOptional(v.nullable(CommerceMoneyResponse)),
  cycle_remaining_percent: v.exactOptional(v.number()),
});
