// Generated from bapi-2026-05-12.yml (components/schemas/verification_google_one_tap). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { ClerkError } from "./clerkError.js";

/** The `verification_google_one_tap` object of the Backend API. */
export interface VerificationGoogleOneTap {
  object?: "verification_google_one_tap" | (string & {});
  status: "unverified" | "verified" | (string & {});
  strategy: "google_one_tap" | (string & {});
  expire_at: number | null;
  attempts: number | null;
  verified_at_client?: string | null;
  error?: ClerkError | null;
}

/** Structural schema of {@link VerificationGoogleOneTap}: types, presence and nullability; unknown keys kept. */
export const VerificationGoogleOneTap: v.GenericSchema<unknown, VerificationGoogleOneTap> = /*#__PURE__*/ v.looseObject({
  object: v.exactOptional(v.string()),
  status: v.string(),
  strategy: v.string(),
  expire_at: v.nullable(v.number()),
  attempts: v.nullable(v.number()),
  verified_at_client: v.exactOptional(v.nullable(v.string())),
  error: v.exactOptional(v.nullable(ClerkError)),
});
