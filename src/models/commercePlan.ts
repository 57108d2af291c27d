// Generated from bapi-2026-05-12.yml (components/schemas/CommercePlan). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
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

/** Structural shape of {@link CommercePlan}: types, presence and nullability; unknown keys kept. */
export const CommercePlan: s.Shape<CommercePlan> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  name: s.string,
  fee: s.nullable(CommerceMoneyResponse),
  annual_monthly_fee: s.nullable(CommerceMoneyResponse),
  annual_fee: s.nullable(CommerceMoneyResponse),
  description: s.nullable(s.string),
  product_id: s.string,
  is_default: s.boolean,
  is_recurring: s.boolean,
  publicly_visible: s.boolean,
  has_base_fee: s.boolean,
  for_payer_type: s.string,
  slug: s.string,
  avatar_url: s.nullable(s.string),
  features: s.exactOptional(s.array(FeatureResponse)),
  free_trial_enabled: s.boolean,
  free_trial_days: s.nullable(s.number),
  unit_prices: s.exactOptional(s.array(CommercePlanUnitPrice)),
});
