// Generated from bapi-2026-05-12.yml (components/schemas/PhoneNumber). Do not edit: change codegen/ instead.
import * as v from "valibot";
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

/** Structural schema of {@link PhoneNumber}: types, presence and nullability; unknown keys kept. */
export const PhoneNumber: v.GenericSchema<unknown, PhoneNumber> = /*#__PURE__*/ v.looseObject({
  id: v.exactOptional(v.string()),
  object: v.string(),
  phone_number: v.string(),
  reserved_for_second_factor: v.exactOptional(v.boolean()),
  default_second_factor: v.exactOptional(v.boolean()),
  reserved: v.boolean(),
  verification: v.nullable(openVariant("object", { "verification_otp": VerificationOtp, "verification_admin": VerificationAdmin })),
  linked_to: v.array(IdentificationLink),
  backup_codes: v.exactOptional(v.nullable(v.array(v.string()))),
  created_at: v.number(),
  updated_at: v.number(),
});
