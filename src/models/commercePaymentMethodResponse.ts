// Generated from bapi-2026-05-12.yml (components/schemas/CommercePaymentMethodResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

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

/** Structural shape of {@link CommercePaymentMethodResponse}: types, presence and nullability; unknown keys kept. */
export const CommercePaymentMethodResponse: s.Shape<CommercePaymentMethodResponse> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  payer_id: s.string,
  payment_type: s.string,
  is_default: s.exactOptional(s.boolean),
  gateway: s.string,
  gateway_external_id: s.string,
  gateway_external_account_id: s.nullable(s.string),
  last4: s.nullable(s.string),
  status: s.string,
  wallet_type: s.exactOptional(s.nullable(s.string)),
  card_type: s.nullable(s.string),
  expiry_year: s.exactOptional(s.nullable(s.number)),
  expiry_month: s.exactOptional(s.nullable(s.number)),
  created_at: s.exactOptional(s.number),
  updated_at: s.exactOptional(s.number),
  is_removable: s.exactOptional(s.boolean),
});
