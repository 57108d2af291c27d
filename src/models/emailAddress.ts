// Generated from bapi-2026-05-12.yml (components/schemas/EmailAddress). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { IdentificationLink } from "./identificationLink.js";
import { openVariant } from "../core/schemas.js";
import { VerificationAdmin } from "./verificationAdmin.js";
import { VerificationEmailLink } from "./verificationEmailLink.js";
import { VerificationFromOauth } from "./verificationFromOauth.js";
import { VerificationOtp } from "./verificationOtp.js";
import { VerificationSaml } from "./verificationSaml.js";
import { VerificationScim } from "./verificationScim.js";
import { VerificationTicket } from "./verificationTicket.js";

/** The `EmailAddress` object of the Backend API. */
export interface EmailAddress {
  id?: string;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "email_address" | (string & {});
  email_address: string;
  reserved: boolean;
  verification: VerificationOtp | VerificationAdmin | VerificationFromOauth | VerificationTicket | VerificationSaml | VerificationEmailLink | VerificationScim | null;
  linked_to: IdentificationLink[];
  /** Indicates whether this email address domain matches an active enterprise connection. */
  matches_sso_connection?: boolean;
  /** Unix timestamp of creation */
  created_at: number;
  /** Unix timestamp of creation */
  updated_at: number;
}

/** Structural shape of {@link EmailAddress}: types, presence and nullability; unknown keys kept. */
export const EmailAddress: s.Shape<EmailAddress> = /*#__PURE__*/ s.looseObject({
  id: s.exactOptional(s.string),
  object: s.string,
  email_address: s.string,
  reserved: s.boolean,
  verification: s.nullable(openVariant("object", { "verification_otp": VerificationOtp, "verification_admin": VerificationAdmin, "verification_from_oauth": VerificationFromOauth, "verification_ticket": VerificationTicket, "verification_saml": VerificationSaml, "verification_email_link": VerificationEmailLink, "verification_scim": VerificationScim })),
  linked_to: s.array(IdentificationLink),
  matches_sso_connection: s.exactOptional(s.boolean),
  created_at: s.number,
  updated_at: s.number,
});
