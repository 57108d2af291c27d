// Generated from bapi-2026-05-12.yml (components/schemas/CommercePlan-2). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";
import { FeatureOfPlanWithAmounts } from "./featureOfPlanWithAmounts.js";

/** The `CommercePlan-2` object of the Backend API. */
export interface CommercePlanWithAmounts {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "commerce_plan" | (string & {});
  /** Unique identifier for the commerce plan. */
  id: string;
  /** The name of the commerce plan. */
  name: string;
  fee: CommerceMoneyResponse | null;
  annual_monthly_fee: CommerceMoneyResponse | null;
  annual_fee: CommerceMoneyResponse | null;
  /** The amount in cents for the plan. */
  amount: number;
  /** The formatted amount as a string (e.g., "$49.99"). */
  amount_formatted: string;
  /** The monthly amount in cents when billed annually. */
  annual_monthly_amount: number;
  /** The formatted annual monthly amount as a string. */
  annual_monthly_amount_formatted: string;
  /** The total annual amount in cents. */
  annual_amount: number;
  /** The formatted annual amount as a string. */
  annual_amount_formatted: string;
  /** The currency symbol (e.g., "$"). */
  currency_symbol: string;
  /** The currency code (e.g., "USD"). */
  currency: string;
  /** The description of the commerce plan. */
  description: string;
  /** The ID of the product this plan belongs to. */
  product_id: string;
  /** Whether this is the default plan. */
  is_default: boolean;
  /** Whether this is a recurring plan. */
  is_recurring: boolean;
  /** Whether this plan is publicly visible. */
  publicly_visible: boolean;
  /** Whether this plan has a base fee. */
  has_base_fee: boolean;
  /** The types of payers that can use this plan. */
  payer_type: string[];
  /** The payer type this plan is designed for. */
  for_payer_type: string;
  /** The URL-friendly slug for the plan. */
  slug: string;
  /** The URL of the plan's avatar image. */
  avatar_url: string;
  /** The billing period for the plan. */
  period?: string;
  /** The billing interval. */
  interval?: number;
  /** The features included in this plan. */
  features: FeatureOfPlanWithAmounts[];
  /** Whether free trial is enabled for this plan. */
  free_trial_enabled?: boolean;
  /** Number of free trial days for this plan. */
  free_trial_days?: number | null;
}

/** Structural schema of {@link CommercePlanWithAmounts}: types, presence and nullability; unknown keys kept. */
export const CommercePlanWithAmounts: v.GenericSchema<unknown, CommercePlanWithAmounts> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  name: v.string(),
  fee: v.nullable(CommerceMoneyResponse),
  annual_monthly_fee: v.nullable(CommerceMoneyResponse),
  annual_fee: v.nullable(CommerceMoneyResponse),
  amount: v.number(),
  amount_formatted: v.string(),
  annual_monthly_amount: v.number(),
  annual_monthly_amount_formatted: v.string(),
  annual_amount: v.number(),
  annual_amount_formatted: v.string(),
  currency_symbol: v.string(),
  currency: v.string(),
  description: v.string(),
  product_id: v.string(),
  is_default: v.boolean(),
  is_recurring: v.boolean(),
  publicly_visible: v.boolean(),
  has_base_fee: v.boolean(),
  payer_type: v.array(v.string()),
  for_payer_type: v.string(),
  slug: v.string(),
  avatar_url: v.string(),
  period: v.exactOptional(v.string()),
  interval: v.exactOptional(v.number()),
  features: v.array(FeatureOfPlanWithAmounts),
  free_trial_enabled: v.exactOptional(v.boolean()),
  free_trial_days: v.exactOptional(v.nullable(v.number())),
});
