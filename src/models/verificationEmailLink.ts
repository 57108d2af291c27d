// Generated from bapi-2026-05-12.yml (components/schemas/verification_email_link). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `verification_email_link` object of the Backend API. */
export interface VerificationEmailLink {
  object?: "verification_email_link" | (string & {});
  status: "unverified" | "verified" | "failed" | "expired" | (string & {});
  strategy: "email_link" | (string & {});
  attempts: number | null;
  expire_at: number | null;
  verified_at_client?: string | null;
}

/** Structural schema of {@link VerificationEmailLink}: types, presence and nullability; unknown keys kept. */
export const VerificationEmailLink: v.GenericSchema<unknown, VerificationEmailLink> = /*#__PURE__*/ v.looseObject({
  object: v.exactOptional(v.string()),
  status: v.string(),
  strategy: v.string(),
  attempts: v.nullable(v.number()),
  expire_at: v.nullable(v.number()),
  verified_at_client: v.exactOptional(v.nullable(v.string())),
});
