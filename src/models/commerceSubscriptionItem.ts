// Generated from bapi-2026-05-12.yml (components/schemas/CommerceSubscriptionItem). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { CommerceCreditsResponse } from "./commerceCreditsResponse.js";
import { CommerceItemTotalsResponse } from "./commerceItemTotalsResponse.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";
import { CommercePayerResponse } from "./commercePayerResponse.js";
import { CommercePaymentMethodResponse } from "./commercePaymentMethodResponse.js";
import { CommercePlan } from "./commercePlan.js";
import { CommerceSubscriptionCreditResponse } from "./commerceSubscriptionCreditResponse.js";
import { CommerceSubscriptionItemNextPaymentResponse } from "./commerceSubscriptionItemNextPaymentResponse.js";
import { CommerceSubscriptionItemSeatsResponse } from "./commerceSubscriptionItemSeatsResponse.js";

/** The `CommerceSubscriptionItem` object of the Backend API. */
export interface CommerceSubscriptionItem {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "commerce_subscription_item" | (string & {});
  /** Unique identifier for the subscription item. */
  id: string;
  /** Unique identifier for the Clerk instance. */
  instance_id: string;
  /** Current status of the subscription item. */
  status: "active" | "canceled" | "expired" | "ended" | "past_due" | "upcoming" | "incomplete" | "abandoned" | (string & {});
  /** Credit information (only available in PaymentAttempt events). */
  credit?: CommerceSubscriptionCreditResponse;
  /** Unified credits breakdown for this subscription item. */
  credits?: CommerceCreditsResponse | null;
  /** Unique identifier for the associated plan. */
  plan_id: string | null;
  /** Unique identifier for the associated price */
  price_id?: string;
  /** The associated plan. */
  plan?: CommercePlan | null;
  /** The billing period for this subscription item. */
  plan_period: "month" | "annual" | (string & {});
  /** The payment method used for this subscription item. */
  payment_method?: CommercePaymentMethodResponse;
  /** Total amount paid over the lifetime of this subscription item. */
  lifetime_paid?: CommerceMoneyResponse;
  /** Information about the next payment. */
  next_payment?: CommerceSubscriptionItemNextPaymentResponse | null;
  /** Unique identifier for the payer. */
  payer_id: string;
  /** The payer associated with this subscription item. */
  payer?: CommercePayerResponse;
  /** Whether this subscription item includes a free trial. */
  is_free_trial: boolean;
  /** Unix timestamp (in milliseconds) when the current period started. */
  period_start: number;
  /** Unix timestamp (in milliseconds) when the current period ends. */
  period_end: number | null;
  /** The day the subscription item was prorated from. Only available in some responses. */
  proration_date?: string;
  /** Unix timestamp (in milliseconds) when the subscription item was canceled. */
  canceled_at: number | null;
  /** Unix timestamp (in milliseconds) when the subscription item became past due. */
  past_due_at: number | null;
  /** Unix timestamp (in milliseconds) when the subscription item ended. */
  ended_at: number | null;
  /** Unix timestamp (in milliseconds) when the subscription item was created. */
  created_at?: number;
  /** Unix timestamp (in milliseconds) when the subscription item was last updated. */
  updated_at?: number;
  /** Seat quantity for seat-based billing. */
  seats?: CommerceSubscriptionItemSeatsResponse | null;
  /** Totals for this subscription item. */
  totals?: CommerceItemTotalsResponse | null;
}

/** Structural shape of {@link CommerceSubscriptionItem}: types, presence and nullability; unknown keys kept. */
export const CommerceSubscriptionItem: s.Shape<CommerceSubscriptionItem> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  instance_id: s.string,
  status: s.string,
  credit: s.exactOptional(CommerceSubscriptionCreditResponse),
  credits: s.exactOptional(s.nullable(CommerceCreditsResponse)),
  plan_id: s.nullable(s.string),
  price_id: s.exactOptional(s.string),
  plan: s.exactOptional(s.nullable(CommercePlan)),
  plan_period: s.string,
  payment_method: s.exactOptional(CommercePaymentMethodResponse),
  lifetime_paid: s.exactOptional(CommerceMoneyResponse),
  next_payment: s.exactOptional(s.nullable(CommerceSubscriptionItemNextPaymentResponse)),
  payer_id: s.string,
  payer: s.exactOptional(CommercePayerResponse),
  is_free_trial: s.boolean,
  period_start: s.number,
  period_end: s.nullable(s.number),
  proration_date: s.exactOptional(s.string),
  canceled_at: s.nullable(s.number),
  past_due_at: s.nullable(s.number),
  ended_at: s.nullable(s.number),
  created_at: s.exactOptional(s.number),
  updated_at: s.exactOptional(s.number),
  seats: s.exactOptional(s.nullable(CommerceSubscriptionItemSeatsResponse)),
  totals: s.exactOptional(s.nullable(CommerceItemTotalsResponse)),
});
