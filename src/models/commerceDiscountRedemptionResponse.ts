// Generated from bapi-2026-05-12.yml (components/schemas/CommerceDiscountRedemptionResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";
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

/** Structural schema of {@link CommerceDiscountRedemptionResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceDiscountRedemptionResponse: v.GenericSchema<unknown, CommerceDiscountRedemptionResponse> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  subscription_item_id: v.string(),
  discount_id: v.string(),
  name: v.exactOptional(v.string()),
  source: v.string(),
  promo_code: v.exactOptional(v.string()),
  effect: v.exactOptional(v.string()),
  percent_off: v.exactOptional(v.nullable(v.number())),
  amount_off: v.exactOptional(v.nullable(CommerceMoneyResponse)),
  amount: v.exactOptional(v.nullable(CommerceMoneyResponse)),
  cycles_remaining: v.nullable(v.number()),
  cycles_applied: v.number(),
  status: v.exactOptional(v.string()),
  redeemed_at: v.number(),
  redeemed_by: v.nullable(v.string()),
});
