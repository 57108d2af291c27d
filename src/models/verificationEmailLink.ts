// Generated from bapi-2026-05-12.yml (components/schemas/verification_email_link). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `verification_email_link` object of the Backend API. */
export interface VerificationEmailLink {
  object?: "verification_email_link" | (string & {});
  status: "unverified" | "verified" | "failed" | "expired" | (string & {});
  strategy: "email_link" | (string & {});
  attempts: number | null;
  expire_at: number | null;
  verified_at_client?: string | null;
}

/** Structural shape of {@link VerificationEmailLink}: types, presence and nullability; unknown keys kept. */
export const VerificationEmailLink: s.Shape<VerificationEmailLink> = /*#__PURE__*/ s.looseObject({
  object: s.exactOptional(s.string),
  status: s.string,
  strategy: s.string,
  attempts: s.nullable(s.number),
  expire_at: s.nullable(s.number),
  verified_at_client: s.exactOptional(s.nullable(s.string)),
});
