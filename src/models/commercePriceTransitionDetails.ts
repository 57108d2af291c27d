// Generated from bapi-2026-05-12.yml (components/schemas/CommercePriceTransitionDetails). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { BillingPriceResponse } from "./billingPriceResponse.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";
import { CommercePlanWithAmounts } from "./commercePlanWithAmounts.js";

/** The `CommercePriceTransitionDetails` object of the Backend API. */
export interface CommercePriceTransitionDetails {
  previous_plan: CommercePlanWithAmounts;
  previous_price: BillingPriceResponse;
  /** Unix timestamp (milliseconds) when the new price takes effect. */
  effective_at: number;
  /** When the new price takes effect. */
  effective_mode: "immediate" | "end_of_period" | (string & {});
  /** Unix timestamp (milliseconds) for the next billing date. */
  next_billing_date?: number | null;
  /** Whether an immediate charge was made. */
  charged_immediately: boolean;
  /** Amount charged immediately, if any. */
  immediate_charge?: CommerceMoneyResponse | null;
  /** The status of the previous subscription item after transition. */
  previous_subscription_item_status: "canceled" | "ended" | "abandoned" | (string & {});
  /** The ID of the previous subscription item. */
  previous_subscription_item_id: string;
}

/** Structural shape of {@link CommercePriceTransitionDetails}: types, presence and nullability; unknown keys kept. */
export const CommercePriceTransitionDetails: s.Shape<CommercePriceTransitionDetails> = /*#__PURE__*/ s.looseObject({
  previous_plan: CommercePlanWithAmounts,
  previous_price: BillingPriceResponse,
  effective_at: s.number,
  effective_mode: s.string,
  next_billing_date: s.exactOptional(s.nullable(s.number)),
  charged_immediately: s.boolean,
  immediate_charge: s.exactOptional(s.nullable(CommerceMoneyResponse)),
  previous_subscription_item_status: s.string,
  previous_subscription_item_id: s.string,
});
