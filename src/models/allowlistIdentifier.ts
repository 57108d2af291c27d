// Generated from bapi-2026-05-12.yml (components/schemas/AllowlistIdentifier). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `AllowlistIdentifier` object of the Backend API. */
export interface AllowlistIdentifier {
  /** String representing the object's type. Objects of the same type share the same value. */
  object?: "allowlist_identifier" | (string & {});
  id?: string;
  invitation_id?: string;
  /** An email address or a phone number. */
  identifier?: string;
  identifier_type?: "email_address" | "phone_number" | "web3_wallet" | (string & {});
  instance_id?: string;
  /** Unix timestamp of creation */
  created_at?: number;
  /** Unix timestamp of last update. */
  updated_at?: number;
}

/** Structural schema of {@link AllowlistIdentifier}: types, presence and nullability; unknown keys kept. */
export const AllowlistIdentifier: v.GenericSchema<unknown, AllowlistIdentifier> = /*#__PURE__*/ v.looseObject({
  object: v.exactOptional(v.string()),
  id: v.exactOptional(v.string()),
  invitation_id: v.exactOptional(v.string()),
  identifier: v.exactOptional(v.string()),
  identifier_type: v.exactOptional(v.string()),
  instance_id: v.exactOptional(v.string()),
  created_at: v.exactOptional(v.number()),
  updated_at: v.exactOptional(v.number()),
});
