// Generated from bapi-2026-05-12.yml (components/schemas/Passkey). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { VerificationPasskey } from "./verificationPasskey.js";

/** The `Passkey` object of the Backend API. */
export interface Passkey {
  id?: string;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "passkey" | (string & {});
  name: string;
  /** Unix timestamp of when the passkey was last used. */
  last_used_at: number;
  verification: VerificationPasskey | null;
}

/** Structural shape of {@link Passkey}: types, presence and nullability; unknown keys kept. */
export const Passkey: s.Shape<Passkey> = /*#__PURE__*/ s.looseObject({
  id: s.exactOptional(s.string),
  object: s.string,
  name: s.string,
  last_used_at: s.number,
  verification: s.nullable(VerificationPasskey),
});
