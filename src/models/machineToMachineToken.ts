// Generated from bapi-2026-05-12.yml (the identical inline success response of revokeM2MToken, verifyM2MToken). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The answer of `revokeM2MToken`, `verifyM2MToken`: one schema the spec declares inline in each, declared once here. */
export interface MachineToMachineToken {
  object: "machine_to_machine_token" | (string & {});
  id: string;
  subject: string;
  claims?: unknown;
  scopes?: string[];
  revoked: boolean;
  revocation_reason: string | null;
  expired: boolean;
  /** The timestamp for when the token will expire, in milliseconds */
  expiration: number | null;
  /** The timestamp for when the token was last used, in milliseconds */
  last_used_at?: number | null;
  /** The timestamp for when the token was created, in milliseconds */
  created_at: number;
  /** The timestamp for when the token was last updated, in milliseconds */
  updated_at: number;
}

/** Structural shape of {@link MachineToMachineToken}: types, presence and nullability; unknown keys kept. */
export const MachineToMachineToken: s.Shape<MachineToMachineToken> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  subject: s.string,
  claims: s.exactOptional(s.nullable(s.unknown)),
  scopes: s.exactOptional(s.array(s.string)),
  revoked: s.boolean,
  revocation_reason: s.nullable(s.string),
  expired: s.boolean,
  expiration: s.nullable(s.number),
  last_used_at: s.exactOptional(s.nullable(s.number)),
  created_at: s.number,
  updated_at: s.number,
});
