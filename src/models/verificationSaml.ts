// Generated from bapi-2026-05-12.yml (components/schemas/verification_saml). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { ClerkError } from "./clerkError.js";

/** The `verification_saml` object of the Backend API. */
export interface VerificationSaml {
  object?: "verification_saml" | (string & {});
  status: "unverified" | "verified" | "failed" | "expired" | "transferable" | (string & {});
  strategy: "saml" | (string & {});
  external_verification_redirect_url?: string | null;
  error?: ClerkError | null;
  expire_at?: number | null;
  attempts: number | null;
  verified_at_client?: string | null;
}

/** Structural schema of {@link VerificationSaml}: types, presence and nullability; unknown keys kept. */
export const VerificationSaml: v.GenericSchema<unknown, VerificationSaml> = /*#__PURE__*/ v.looseObject({
  object: v.exactOptional(v.string()),
  status: v.string(),
  strategy: v.string(),
  external_verification_redirect_url: v.exactOptional(v.nullable(v.string())),
  error: v.exactOptional(v.nullable(ClerkError)),
  expire_at: v.exactOptional(v.nullable(v.number())),
  attempts: v.nullable(v.number()),
  verified_at_client: v.exactOptional(v.nullable(v.string())),
});
