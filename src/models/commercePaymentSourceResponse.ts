// Generated from bapi-2026-05-12.yml (components/schemas/CommercePaymentSourceResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `CommercePaymentSourceResponse` object of the Backend API. */
export interface CommercePaymentSourceResponse {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "commerce_source" | (string & {});
  /** Unique identifier for the payment source. */
  id: string;
  /** Unique identifier for the payer. */
  payer_id: string;
  /** The payment method type. */
  payment_method: "card" | "apple_pay" | "google_pay" | (string & {});
  /** Whether this is the default payment source for the payer. */
  is_default?: boolean | null;
  /** The payment gateway. */
  gateway: string;
  /** External ID in the payment gateway. */
  gateway_external_id: string;
  /** External account ID in the payment gateway. */
  gateway_external_account_id?: string | null;
  /** Last 4 digits of the card (for card payment sources). */
  last4: string;
  /** Status of the payment source. */
  status: "active" | "disconnected" | (string & {});
  /** Type of wallet (if applicable). */
  wallet_type: string;
  /** Type of card (if applicable). */
  card_type: string;
  /** Card expiration year (for card payment sources). */
  expiry_year?: number;
  /** Card expiration month (for card payment sources). */
  expiry_month?: number;
  /** Unix timestamp (in milliseconds) when the payment source was created. */
  created_at: number;
  /** Unix timestamp (in milliseconds) when the payment source was last updated. */
  updated_at: number;
  /** Whether this payment source can be removed. */
  is_removable?: boolean | null;
}

/** Structural shape of {@link CommercePaymentSourceResponse}: types, presence and nullability; unknown keys kept. */
export const CommercePaymentSourceResponse: s.Shape<CommercePaymentSourceResponse> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  payer_id: s.string,
  payment_method: s.string,
  is_default: s.exactOptional(s.nullable(s.boolean)),
  gateway: s.string,
  gateway_external_id: s.string,
  gateway_external_account_id: s.exactOptional(s.nullable(s.string)),
  last4: s.string,
  status: s.string,
  wallet_type: s.string,
  card_type: s.string,
  expiry_year: s.exactOptional(s.number),
  expiry_month: s.exactOptional(s.number),
  created_at: s.number,
  updated_at: s.number,
  is_removable: s.exactOptional(s.nullable(s.boolean)),
});
