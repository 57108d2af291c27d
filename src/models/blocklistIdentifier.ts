// Generated from bapi-2026-05-12.yml (components/schemas/BlocklistIdentifier). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

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

/** Structural shape of {@link BlocklistIdentifier}: types, presence and nullability; unknown keys kept. */
export const BlocklistIdentifier: s.Shape<BlocklistIdentifier> = /*#__PURE__*/ s.looseObject({
  object: s.exactOptional(s.string),
  id: s.exactOptional(s.string),
  identifier: s.exactOptional(s.string),
  identifier_type: s.exactOptional(s.string),
  instance_id: s.exactOptional(s.string),
  created_at: s.exactOptional(s.number),
  updated_at: s.exactOptional(s.number),
});
