// Generated from bapi-2026-05-12.yml (components/schemas/BillingPaymentAttempt). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
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

/** Structural shape of {@link BillingPaymentAttempt}: types, presence and nullability; unknown keys kept. */
export const BillingPaymentAttempt: s.Shape<BillingPaymentAttempt> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  payment_id: s.string,
  instance_id: s.string,
  charge_type: s.string,
  payee_id: s.string,
  payee: s.looseObject({}),
  payer_id: s.string,
  payer: CommercePayerResponse,
  subscription_item_id: s.exactOptional(s.string),
  subscription_item: s.exactOptional(s.looseObject({})),
  amount: CommerceMoneyResponse,
  totals: s.exactOptional(s.nullable(CommerceItemTotalsResponse)),
  payment_method_id: s.string,
  payment_method: CommercePaymentMethodResponse,
  statement_id: s.string,
  gateway_external_id: s.nullable(s.string),
  gateway_external_url: s.nullable(s.string),
  status: s.string,
  paid_at: s.nullable(s.number),
  failed_at: s.nullable(s.number),
  created_at: s.number,
  updated_at: s.number,
});
