// Generated from bapi-2026-05-12.yml (components/schemas/BillingPaymentAttempt). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { CommerceItemTotalsResponse } from "./commerceItemTotalsResponse.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";
import { CommercePayerResponse } from "./commercePayerResponse.js";
import { CommercePaymentMethodResponse } from "./commercePaymentMethodResponse.js";

/** The `BillingPaymentAttempt` object of the Backend API. */
export interface BillingPaymentAttempt {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "commerce_payment" | (string & {});
  /** Unique identifier for the payment attempt. */
  id: string;
  /** Unique identifier for the associated payment. */
  payment_id: string;
  /** The ID of the instance this payment attempt belongs to. */
  instance_id: string;
  /** Type of charge for this payment attempt. */
  charge_type: string;
  /** Unique identifier for the payee. */
  payee_id: string;
  /** The payee associated with this payment attempt. */
  payee: Record<string, unknown>;
  /** Unique identifier for the payer. */
  payer_id: string;
  /** The payer associated with this payment attempt. */
  payer: CommercePayerResponse;
  /** Unique identifier for the associated subscription item. */
  subscription_item_id?: string;
  /** The subscription item associated with this payment attempt. */
  subscription_item?: Record<string, unknown>;
  /** The amount for this payment attempt. */
  amount: CommerceMoneyResponse;
  /** Totals breakdown for this payment attempt. */
  totals?: CommerceItemTotalsResponse | null;
  /** Unique identifier for the payment method. */
  payment_method_id: string;
  /** The payment method used for this payment attempt. */
  payment_method: CommercePaymentMethodResponse;
  /** Unique identifier for the associated statement. */
  statement_id: string;
  /** External identifier from the payment gateway. */
  gateway_external_id: string | null;
  /** External URL from the payment gateway. */
  gateway_external_url: string | null;
  /** The current status of the payment attempt. */
  status: "pending" | "paid" | "failed" | (string & {});
  /** Unix timestamp (in milliseconds) when the payment was completed. */
  paid_at: number | null;
  /** Unix timestamp (in milliseconds) when the payment failed to be processed. */
  failed_at: number | null;
  /** Unix timestamp (in milliseconds) when the payment attempt was created. */
  created_at: number;
  /** Unix timestamp (in milliseconds) when the payment attempt was last updated. */
  updated_at: number;
}

/** Structural schema of {@link BillingPaymentAttempt}: types, presence and nullability; unknown keys kept. */
export const BillingPaymentAttempt: v.GenericSchema<unknown, BillingPaymentAttempt> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  payment_id: v.string(),
  instance_id: v.string(),
  charge_type: v.string(),
  payee_id: v.string(),
  payee: v.looseObject({}),
  payer_id: v.string(),
  payer: CommercePayerResponse,
  subscription_item_id: v.exactOptional(v.string()),
  subscription_item: v.exactOptional(v.looseObject({})),
  amount: CommerceMoneyResponse,
  totals: v.exactOptional(v.nullable(CommerceItemTotalsResponse)),
  payment_method_id: v.string(),
  payment_method: CommercePaymentMethodResponse,
  statement_id: v.string(),
  gateway_external_id: v.nullable(v.string()),
  gateway_external_url: v.nullable(v.string()),
  status: v.string(),
  paid_at: v.nullable(v.number()),
  failed_at: v.nullable(v.number()),
  created_at: v.number(),
  updated_at: v.number(),
});
