// Generated from bapi-2026-05-12.yml (components/schemas/CommercePayerResponse-2). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";

/** The `CommercePayerResponse-2` object of the Backend API. */
export interface CommercePayerOfSubscriptionItem {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "commerce_payer" | (string & {});
  /** Unique identifier for the payer. */
  id: string;
  /** Unique identifier for the Clerk instance. */
  instance_id: string;
  /** User ID for user-type payers. */
  user_id?: string;
  /** First name of the payer. */
  first_name: string;
  /** Last name of the payer. */
  last_name: string;
  /** Email address of the payer. */
  email: string;
  /** Organization ID for org-type payers. */
  organization_id?: string;
  /** Organization name for org-type payers. */
  organization_name?: string;
  /** URL of the payer's image/avatar. */
  image_url: string;
  /** Current credits balance for the payer. */
  credits_balance?: CommerceMoneyResponse;
  /** Unix timestamp (in milliseconds) when the payer was created. */
  created_at: number;
  /** Unix timestamp (in milliseconds) when the payer was last updated. */
  updated_at: number;
}

/** Structural schema of {@link CommercePayerOfSubscriptionItem}: types, presence and nullability; unknown keys kept. */
export const CommercePayerOfSubscriptionItem: v.GenericSchema<unknown, CommercePayerOfSubscriptionItem> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  instance_id: v.string(),
  user_id: v.exactOptional(v.string()),
  first_name: v.string(),
  last_name: v.string(),
  email: v.string(),
  organization_id: v.exactOptional(v.string()),
  organization_name: v.exactOptional(v.string()),
  image_url: v.string(),
  credits_balance: v.exactOptional(CommerceMoneyResponse),
  created_at: v.number(),
  updated_at: v.number(),
});
