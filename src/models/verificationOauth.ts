// Generated from bapi-2026-05-12.yml (components/schemas/verification_oauth). Do not edit: change codegen/ instead.
import * as v from "valibot";
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

/** Structural schema of {@link VerificationOauth}: types, presence and nullability; unknown keys kept. */
export const VerificationOauth: v.GenericSchema<unknown, VerificationOauth> = /*#__PURE__*/ v.looseObject({
  object: v.exactOptional(v.string()),
  status: v.string(),
  strategy: v.string(),
  external_verification_redirect_url: v.exactOptional(v.string()),
  error: v.exactOptional(v.nullable(ClerkError)),
  expire_at: v.number(),
  attempts: v.nullable(v.number()),
  verified_at_client: v.exactOptional(v.nullable(v.string())),
});
