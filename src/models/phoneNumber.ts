// Generated from bapi-2026-05-12.yml (components/schemas/PhoneNumber). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { IdentificationLink } from "./identificationLink.js";
import { openVariant } from "../core/schemas.js";
import { VerificationAdmin } from "./verificationAdmin.js";
import { VerificationOtp } from "./verificationOtp.js";

/** The `PhoneNumber` object of the Backend API. */
export interface PhoneNumber {
  id?: string;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "phone_number" | (string & {});
  phone_number: string;
  reserved_for_second_factor?: boolean;
  default_second_factor?: boolean;
  reserved: boolean;
  verification: VerificationOtp | VerificationAdmin | null;
  linked_to: IdentificationLink[];
  backup_codes?: string[] | null;
  /** Unix timestamp of creation */
  created_at: number;
  /** Unix timestamp of creation */
  updated_at: number;
}

/** Structural shape of {@link PhoneNumber}: types, presence and nullability; unknown keys kept. */
export const PhoneNumber: s.Shape<PhoneNumber> = /*#__PURE__*/ s.looseObject({
  id: s.exactOptional(s.string),
  object: s.string,
  phone_number: s.string,
  reserved_for_second_factor: s.exactOptional(s.boolean),
  default_second_factor: s.exactOptional(s.boolean),
  reserved: s.boolean,
  verification: s.nullable(openVariant("object", { "verification_otp": VerificationOtp, "verification_admin": VerificationAdmin })),
  linked_to: s.array(IdentificationLink),
  backup_codes: s.exactOptional(s.nullable(s.array(s.string))),
  created_at: s.number,
  updated_at: s.number,
});
