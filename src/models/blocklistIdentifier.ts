// Generated from bapi-2026-05-12.yml (components/schemas/BlocklistIdentifier). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `BlocklistIdentifier` object of the Backend API. */
export interface BlocklistIdentifier {
  /** String representing the object's type. Objects of the same type share the same value. */
  object?: "blocklist_identifier" | (string & {});
  id?: string;
  /** An email address, email domain, phone number or web3 wallet. */
  identifier?: string;
  identifier_type?: "email_address" | "phone_number" | "web3_wallet" | (string & {});
  instance_id?: string;
  /** Unix timestamp of creation */
  created_at?: number;
  /** Unix timestamp of last update. */
  updated_at?: number;
}

/** Structural schema of {@link BlocklistIdentifier}: types, presence and nullability; unknown keys kept. */
export const BlocklistIdentifier: v.GenericSchema<unknown, BlocklistIdentifier> = /*#__PURE__*/ v.looseObject({
  object: v.exactOptional(v.string()),
  id: v.exactOptional(v.string()),
  identifier: v.exactOptional(v.string()),
  identifier_type: v.exactOptional(v.string()),
  instance_id: v.exactOptional(v.string()),
  created_at: v.exactOptional(v.number()),
  updated_at: v.exactOptional(v.number()),
});
