// Generated from bapi-2026-05-12.yml (components/schemas/CommerceSubscriptionItem-2). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";
import { CommercePayerOfSubscriptionItem } from "./commercePayerOfSubscriptionItem.js";
import { CommercePaymentSourceResponse } from "./commercePaymentSourceResponse.js";
import { CommercePlanWithAmounts } from "./commercePlanWithAmounts.js";
import { CommerceSubscriptionCreditResponse } from "./commerceSubscriptionCreditResponse.js";
import { CommerceSubscriptionItemNextPaymentResponse } from "./commerceSubscriptionItemNextPaymentResponse.js";

/** The `CommerceSubscriptionItem-2` object of the Backend API. */
export interface CommerceSubscriptionItemWithPaymentSource {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "commerce_subscription_item" | (string & {});
  /** Unique identifier for the subscription item. */
  id: string;
  /** Unique identifier for the Clerk instance. */
  instance_id: string;
  /** Current status of the subscription item. */
  status: "active" | "ended" | "past_due" | "upcoming" | "incomplete" | "abandoned" | (string & {});
  /** Credit information (only available in PaymentAttempt events). */
  credit?: CommerceSubscriptionCreditResponse | null;
  /** Unique identifier for the associated plan. */
  plan_id: string;
  /** Unique identifier for the associated price */
  price_id?: string;
  /** The associated commerce plan. */
  plan: CommercePlanWithAmounts | null;
  /** The billing period for this subscription. */
  plan_period: "month" | "annual" | (string & {});
  /** Unique identifier for the payment source. */
  payment_source_id: string;
  /** The payment source associated with this subscription. */
  payment_source?: CommercePaymentSourceResponse | null;
  /** Total amount paid over the lifetime of this subscription. */
  lifetime_paid?: CommerceMoneyResponse | null;
  /** Current amount for this subscription. */
  amount?: CommerceMoneyResponse | null;
  /** Information about the next invoice. */
  next_invoice?: CommerceSubscriptionItemNextPaymentResponse | null;
  /** Information about the next payment. */
  next_payment?: CommerceSubscriptionItemNextPaymentResponse | null;
  /** Unique identifier for the payer. */
  payer_id: string;
  /** The payer associated with this subscription. */
  payer?: CommercePayerOfSubscriptionItem | null;
  /** Whether this subscription is currently on a free trial. */
  is_free_trial: boolean;
  /** Unix timestamp (in milliseconds) when the current period started. */
  period_start?: number | null;
  /** Unix timestamp (in milliseconds) when the current period ends. */
  period_end?: number | null;
  /** Date used for proration calculations. */
  proration_date: string;
  /** Unix timestamp (in milliseconds) when the subscription was canceled. */
  canceled_at?: number | null;
  /** Unix timestamp (in milliseconds) when the subscription became past due. */
  past_due_at?: number | null;
  /** Unix timestamp (in milliseconds) when the subscription ended. */
  ended_at?: number | null;
  /** Unix timestamp (in milliseconds) when the subscription was created. */
  created_at: number;
  /** Unix timestamp (in milliseconds) when the subscription was last updated. */
  updated_at: number;
}

/** Structural shape of {@link CommerceSubscriptionItemWithPaymentSource}: types, presence and nullability; unknown keys kept. */
export const CommerceSubscriptionItemWithPaymentSource: s.Shape<CommerceSubscriptionItemWithPaymentSource> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  instance_id: s.string,
  status: s.string,
  credit: s.exactOptional(s.nullable(CommerceSubscriptionCreditResponse)),
  plan_id: s.string,
  price_id: s.exactOptional(s.string),
  plan: s.nullable(CommercePlanWithAmounts),
  plan_period: s.string,
  payment_source_id: s.string,
  payment_source: s.exactOptional(s.nullable(CommercePaymentSourceResponse)),
  lifetime_paid: s.exactOptional(s.nullable(CommerceMoneyResponse)),
  amount: s.exactOptional(s.nullable(CommerceMoneyResponse)),
  next_invoice: s.exactOptional(s.nullable(CommerceSubscriptionItemNextPaymentResponse)),
  next_payment: s.exactOptional(s.nullable(CommerceSubscriptionItemNextPaymentResponse)),
  payer_id: s.string,
  payer: s.exactOptional(s.nullable(CommercePayerOfSubscriptionItem)),
  is_free_trial: s.boolean,
  period_start: s.exactOptional(s.nullable(s.number)),
  period_end: s.exactOptional(s.nullable(s.number)),
  proration_date: s.string,
  canceled_at: s.exactOptional(s.nullable(s.number)),
  past_due_at: s.exactOptional(s.nullable(s.number)),
  ended_at: s.exactOptional(s.nullable(s.number)),
  created_at: s.number,
  updated_at: s.number,
});
