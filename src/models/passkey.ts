// Generated from bapi-2026-05-12.yml (components/schemas/Passkey). Do not edit: change codegen/ instead.
import * as v from "valibot";
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

/** Structural schema of {@link Passkey}: types, presence and nullability; unknown keys kept. */
export const Passkey: v.GenericSchema<unknown, Passkey> = /*#__PURE__*/ v.looseObject({
  id: v.exactOptional(v.string()),
  object: v.string(),
  name: v.string(),
  last_used_at: v.number(),
  verification: v.nullable(VerificationPasskey),
});
