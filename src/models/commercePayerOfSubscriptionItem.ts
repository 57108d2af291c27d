// Generated from bapi-2026-05-12.yml (components/schemas/CommercePayerResponse-2). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
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

/** Structural shape of {@link CommercePayerOfSubscriptionItem}: types, presence and nullability; unknown keys kept. */
export const CommercePayerOfSubscriptionItem: s.Shape<CommercePayerOfSubscriptionItem> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  instance_id: s.string,
  user_id: s.exactOptional(s.string),
  first_name: s.string,
  last_name: s.string,
  email: s.string,
  organization_id: s.exactOptional(s.string),
  organization_name: s.exactOptional(s.string),
  image_url: s.string,
  credits_balance: s.exactOptional(CommerceMoneyResponse),
  created_at: s.number,
  updated_at: s.number,
});
