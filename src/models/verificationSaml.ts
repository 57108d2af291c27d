// Generated from bapi-2026-05-12.yml (components/schemas/verification_saml). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
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

/** Structural shape of {@link VerificationSaml}: types, presence and nullability; unknown keys kept. */
export const VerificationSaml: s.Shape<VerificationSaml> = /*#__PURE__*/ s.looseObject({
  object: s.exactOptional(s.string),
  status: s.string,
  strategy: s.string,
  external_verification_redirect_url: s.exactOptional(s.nullable(s.string)),
  error: s.exactOptional(s.nullable(ClerkError)),
  expire_at: s.exactOptional(s.nullable(s.number)),
  attempts: s.nullable(s.number),
  verified_at_client: s.exactOptional(s.nullable(s.string)),
});
