// Generated from bapi-2026-05-12.yml (components/schemas/CommercePayerResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";

/** The `CommercePayerResponse` object of the Backend API. */
export interface CommercePayerResponse {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "commerce_payer" | (string & {});
  /** Unique identifier for the payer. */
  id: string;
  /** Unique identifier for the Clerk instance. */
  instance_id: string;
  /** User ID for user-type payers. */
  user_id?: string | null;
  /** First name of the payer. */
  first_name?: string | null;
  /** Last name of the payer. */
  last_name?: string | null;
  /** Email address of the payer. */
  email?: string | null;
  /** Organization ID for org-type payers. */
  organization_id?: string | null;
  /** Organization name for org-type payers. */
  organization_name?: string | null;
  /** URL of the payer's image/avatar. */
  image_url?: string;
  /** Current credits balance for the payer. */
  credits_balance?: CommerceMoneyResponse;
  /** Unix timestamp (in milliseconds) when the payer was created. */
  created_at?: number;
  /** Unix timestamp (in milliseconds) when the payer was last updated. */
  updated_at?: number;
}

/** Structural schema of {@link CommercePayerResponse}: types, presence and nullability; unknown keys kept. */
export const CommercePayerResponse: v.GenericSchema<unknown, CommercePayerResponse> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  instance_id: v.string(),
  user_id: v.exactOptional(v.nullable(v.string())),
  first_name: v.exactOptional(v.nullable(v.string())),
  last_name: v.exactOptional(v.nullable(v.string())),
  email: v.exactOptional(v.nullable(v.string())),
  organization_id: v.exactOptional(v.nullable(v.string())),
  organization_name: v.exactOptional(v.nullable(v.string())),
  image_url: v.exactOptional(v.string()),
  credits_balance: v.exactOptional(CommerceMoneyResponse),
  created_at: v.exactOptional(v.number()),
  updated_at: v.exactOptional(v.number()),
});
