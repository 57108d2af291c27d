// Generated from bapi-2026-05-12.yml (components/schemas/verification_oauth). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { ClerkError } from "./clerkError.js";

/** The `verification_oauth` object of the Backend API. */
export interface VerificationOauth {
  object?: "verification_oauth" | (string & {});
  status: "unverified" | "verified" | "failed" | "expired" | "transferable" | (string & {});
  strategy: string;
  external_verification_redirect_url?: string;
  error?: ClerkError | null;
  expire_at: number;
  attempts: number | null;
  verified_at_client?: string | null;
}

/** Structural shape of {@link VerificationOauth}: types, presence and nullability; unknown keys kept. */
export const VerificationOauth: s.Shape<VerificationOauth> = /*#__PURE__*/ s.looseObject({
  object: s.exactOptional(s.string),
  status: s.string,
  strategy: s.string,
  external_verification_redirect_url: s.exactOptional(s.string),
  error: s.exactOptional(s.nullable(ClerkError)),
  expire_at: s.number,
  attempts: s.nullable(s.number),
  verified_at_client: s.exactOptional(s.nullable(s.string)),
});
