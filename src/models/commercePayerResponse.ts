// Generated from bapi-2026-05-12.yml (components/schemas/CommercePayerResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
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

/** Structural shape of {@link CommercePayerResponse}: types, presence and nullability; unknown keys kept. */
export const CommercePayerResponse: s.Shape<CommercePayerResponse> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  instance_id: s.string,
  user_id: s.exactOptional(s.nullable(s.string)),
  first_name: s.exactOptional(s.nullable(s.string)),
  last_name: s.exactOptional(s.nullable(s.string)),
  email: s.exactOptional(s.nullable(s.string)),
  organization_id: s.exactOptional(s.nullable(s.string)),
  organization_name: s.exactOptional(s.nullable(s.string)),
  image_url: s.exactOptional(s.string),
  credits_balance: s.exactOptional(CommerceMoneyResponse),
  created_at: s.exactOptional(s.number),
  updated_at: s.exactOptional(s.number),
});
