// Generated from bapi-2026-05-12.yml (components/schemas/CommerceSubscriptionItem-2). Do not edit: change codegen/ instead.
import * as v from "valibot";
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

/** Structural schema of {@link CommerceSubscriptionItemWithPaymentSource}: types, presence and nullability; unknown keys kept. */
export const CommerceSubscriptionItemWithPaymentSource: v.GenericSchema<unknown, CommerceSubscriptionItemWithPaymentSource> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  instance_id: v.string(),
  status: v.string(),
  credit: v.exactOptional(v.nullable(CommerceSubscriptionCreditResponse)),
  plan_id: v.string(),
  price_id: v.exactOptional(v.string()),
  plan: v.nullable(CommercePlanWithAmounts),
  plan_period: v.string(),
  payment_source_id: v.string(),
  payment_source: v.exactOptional(v.nullable(CommercePaymentSourceResponse)),
  lifetime_paid: v.exactOptional(v.nullable(CommerceMoneyResponse)),
  amount: v.exactOptional(v.nullable(CommerceMoneyResponse)),
  next_invoice: v.exactOptional(v.nullable(CommerceSubscriptionItemNextPaymentResponse)),
  next_payment: v.exactOptional(v.nullable(CommerceSubscriptionItemNextPaymentResponse)),
  payer_id: v.string(),
  payer: v.exactOptional(v.nullable(CommercePayerOfSubscriptionItem)),
  is_free_trial: v.boolean(),
  period_start: v.exactOptional(v.nullable(v.number())),
  period_end: v.exactOptional(v.nullable(v.number())),
  proration_date: v.string(),
  canceled_at: v.exactOptional(v.nullable(v.number())),
  past_due_at: v.exactOptional(v.nullable(v.number())),
  ended_at: v.exactOptional(v.nullable(v.number())),
  created_at: v.number(),
  updated_at: v.number(),
});
