// Generated from bapi-2026-05-12.yml (components/schemas/CommercePaymentMethodResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `CommercePaymentMethodResponse` object of the Backend API. */
export interface CommercePaymentMethodResponse {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "commerce_payment_method" | (string & {});
  /** Unique identifier for the payment method. */
  id: string;
  /** Unique identifier for the payer. */
  payer_id: string;
  /** The payment method type. */
  payment_type: "card" | "link" | "payer-credits" | (string & {});
  /** Whether this is the default payment method for the payer. */
  is_default?: boolean;
  /** The payment gateway. */
  gateway: string;
  /** External ID in the payment gateway. */
  gateway_external_id: string;
  /** External account ID in the payment gateway. */
  gateway_external_account_id: string | null;
  /** Last 4 digits of the card (for card payment methods). */
  last4: string | null;
  /** Status of the payment method. */
  status: "active" | "disconnected" | (string & {});
  /** Type of wallet (if applicable). */
  wallet_type?: string | null;
  /** Type of card (if applicable). */
  card_type: string | null;
  /** Card expiration year (for card payment methods). */
  expiry_year?: number | null;
  /** Card expiration month (for card payment methods). */
  expiry_month?: number | null;
  /** Unix timestamp (in milliseconds) when the payment method was created. */
  created_at?: number;
  /** Unix timestamp (in milliseconds) when the payment method was last updated. */
  updated_at?: number;
  /** Whether this payment method can be removed. */
  is_removable?: boolean;
}

/** Structural schema of {@link CommercePaymentMethodResponse}: types, presence and nullability; unknown keys kept. */
export const CommercePaymentMethodResponse: v.GenericSchema<unknown, CommercePaymentMethodResponse> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  payer_id: v.string(),
  payment_type: v.string(),
  is_default: v.exactOptional(v.boolean()),
  gateway: v.string(),
  gateway_external_id: v.string(),
  gateway_external_account_id: v.nullable(v.string()),
  last4: v.nullable(v.string()),
  status: v.string(),
  wallet_type: v.exactOptional(v.nullable(v.string())),
  card_type: v.nullable(v.string()),
  expiry_year: v.exactOptional(v.nullable(v.number())),
  expiry_month: v.exactOptional(v.nullable(v.number())),
  created_at: v.exactOptional(v.number()),
  updated_at: v.exactOptional(v.number()),
  is_removable: v.exactOptional(v.boolean()),
});
