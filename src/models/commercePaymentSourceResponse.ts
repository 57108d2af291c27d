// Generated from bapi-2026-05-12.yml (components/schemas/CommercePaymentSourceResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";

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

/** Structural schema of {@link CommercePaymentSourceResponse}: types, presence and nullability; unknown keys kept. */
export const CommercePaymentSourceResponse: v.GenericSchema<unknown, CommercePaymentSourceResponse> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  payer_id: v.string(),
  payment_method: v.string(),
  is_default: v.exactOptional(v.nullable(v.boolean())),
  gateway: v.string(),
  gateway_external_id: v.string(),
  gateway_external_account_id: v.exactOptional(v.nullable(v.string())),
  last4: v.string(),
  status: v.string(),
  wallet_type: v.string(),
  card_type: v.string(),
  expiry_year: v.exactOptional(v.number()),
  expiry_month: v.exactOptional(v.number()),
  created_at: v.number(),
  updated_at: v.number(),
  is_removable: v.exactOptional(v.nullable(v.boolean())),
});
