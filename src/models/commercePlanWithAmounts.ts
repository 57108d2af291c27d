// Generated from bapi-2026-05-12.yml (components/schemas/CommercePlan-2). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
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

/** Structural shape of {@link CommercePlanWithAmounts}: types, presence and nullability; unknown keys kept. */
export const CommercePlanWithAmounts: s.Shape<CommercePlanWithAmounts> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  name: s.string,
  fee: s.nullable(CommerceMoneyResponse),
  annual_monthly_fee: s.nullable(CommerceMoneyResponse),
  annual_fee: s.nullable(CommerceMoneyResponse),
  amount: s.number,
  amount_formatted: s.string,
  annual_monthly_amount: s.number,
  annual_monthly_amount_formatted: s.string,
  annual_amount: s.number,
  annual_amount_formatted: s.string,
  currency_symbol: s.string,
  currency: s.string,
  description: s.string,
  product_id: s.string,
  is_default: s.boolean,
  is_recurring: s.boolean,
  publicly_visible: s.boolean,
  has_base_fee: s.boolean,
  payer_type: s.array(s.string),
  for_payer_type: s.string,
  slug: s.string,
  avatar_url: s.string,
  period: s.exactOptional(s.string),
  interval: s.exactOptional(s.number),
  features: s.array(FeatureOfPlanWithAmounts),
  free_trial_enabled: s.exactOptional(s.boolean),
  free_trial_days: s.exactOptional(s.nullable(s.number)),
});
