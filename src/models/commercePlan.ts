// Generated from bapi-2026-05-12.yml (components/schemas/CommercePlan). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";
import { CommercePlanUnitPrice } from "./commercePlanUnitPrice.js";
import { FeatureResponse } from "./featureResponse.js";

/** The `CommercePlan` object of the Backend API. */
export interface CommercePlan {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "commerce_plan" | (string & {});
  /** Unique identifier for the plan. */
  id: string;
  /** The name of the plan. */
  name: string;
  fee: CommerceMoneyResponse | null;
  annual_monthly_fee: CommerceMoneyResponse | null;
  annual_fee: CommerceMoneyResponse | null;
  /** The description of the plan. */
  description: string | null;
  /**
   * The ID of the product this plan belongs to.
   *
   * @deprecated
   */
  product_id: string;
  /** Whether this is the default plan. */
  is_default: boolean;
  /** Whether this is a recurring plan. */
  is_recurring: boolean;
  /** Whether this plan is publicly visible. */
  publicly_visible: boolean;
  /** Whether this plan has a base fee. */
  has_base_fee: boolean;
  /** The payer type this plan is designed for. */
  for_payer_type: string;
  /** The URL-friendly slug for the plan. */
  slug: string;
  /** The URL of the plan's avatar image. */
  avatar_url: string | null;
  /** The features included in this plan. */
  features?: FeatureResponse[];
  /** Whether free trial is enabled for this plan. */
  free_trial_enabled: boolean;
  /** Number of free trial days for this plan. */
  free_trial_days: number | null;
  /** Per-unit pricing tiers for this plan (for example, seats) */
  unit_prices?: CommercePlanUnitPrice[];
}

/** Structural schema of {@link CommercePlan}: types, presence and nullability; unknown keys kept. */
export const CommercePlan: v.GenericSchema<unknown, CommercePlan> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  name: v.string(),
  fee: v.nullable(CommerceMoneyResponse),
  annual_monthly_fee: v.nullable(CommerceMoneyResponse),
  annual_fee: v.nullable(CommerceMoneyResponse),
  description: v.nullable(v.string()),
  product_id: v.string(),
  is_default: v.boolean(),
  is_recurring: v.boolean(),
  publicly_visible: v.boolean(),
  has_base_fee: v.boolean(),
  for_payer_type: v.string(),
  slug: v.string(),
  avatar_url: v.nullable(v.string()),
  features: v.exactOptional(v.array(FeatureResponse)),
  free_trial_enabled: v.boolean(),
  free_trial_days: v.nullable(v.number()),
  unit_prices: v.exactOptional(v.array(CommercePlanUnitPrice)),
});
