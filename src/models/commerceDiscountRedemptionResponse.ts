// Generated from bapi-2026-05-12.yml (components/schemas/CommerceDiscountRedemptionResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";

/** The `CommerceDiscountRedemptionResponse` object of the Backend API. */
export interface CommerceDiscountRedemptionResponse {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "commerce_discount_redemption" | (string & {});
  /** Unique identifier for the discount redemption. */
  id: string;
  /** Unique identifier for the subscription item the discount was applied to. */
  subscription_item_id: string;
  /** Unique identifier for the discount that was applied. */
  discount_id: string;
  /** The display name of the discount. */
  name?: string;
  /** How the discount was applied to the subscription item. */
  source: "promotion" | "manual" | "promo_code" | (string & {});
  /** The promo code used to redeem the discount, when applicable. */
  promo_code?: string;
  /** The snapshotted discount effect. */
  effect?: "percentage" | "fixed_amount" | (string & {});
  /** Percent off when the effect is percentage. */
  percent_off?: number | null;
  /** Fixed amount off when the effect is fixed_amount. */
  amount_off?: CommerceMoneyResponse | null;
  /**
   * How much this discount takes off the subscription item's next renewal charge.
   * Present for either effect when next-payment data is available.
   */
  amount?: CommerceMoneyResponse | null;
  /** Remaining billing cycles the discount applies to. Null means the discount lasts forever. */
  cycles_remaining: number | null;
  /** Number of billing cycles the discount has already been applied to. */
  cycles_applied: number;
  /** Current status of the discount redemption. */
  status?: "active" | "exhausted" | "removed" | (string & {});
  /** Unix timestamp (in milliseconds) when the discount was redeemed. */
  redeemed_at: number;
  /** Identifier of the actor that redeemed the discount, when available. */
  redeemed_by: string | null;
}

/** Structural shape of {@link CommerceDiscountRedemptionResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceDiscountRedemptionResponse: s.Shape<CommerceDiscountRedemptionResponse> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  subscription_item_id: s.string,
  discount_id: s.string,
  name: s.exactOptional(s.string),
  source: s.string,
  promo_code: s.exactOptional(s.string),
  effect: s.exactOptional(s.string),
  percent_off: s.exactOptional(s.nullable(s.number)),
  amount_off: s.exactOptional(s.nullable(CommerceMoneyResponse)),
  amount: s.exactOptional(s.nullable(CommerceMoneyResponse)),
  cycles_remaining: s.nullable(s.number),
  cycles_applied: s.number,
  status: s.exactOptional(s.string),
  redeemed_at: s.number,
  redeemed_by: s.nullable(s.string),
});
