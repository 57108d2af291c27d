// Generated from bapi-2026-05-12.yml (components/schemas/verification_google_one_tap). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
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

/** Structural shape of {@link VerificationGoogleOneTap}: types, presence and nullability; unknown keys kept. */
export const VerificationGoogleOneTap: s.Shape<VerificationGoogleOneTap> = /*#__PURE__*/ s.looseObject({
  object: s.exactOptional(s.string),
  status: s.string,
  strategy: s.string,
  expire_at: s.nullable(s.number),
  attempts: s.nullable(s.number),
  verified_at_client: s.exactOptional(s.nullable(s.string)),
  error: s.exactOptional(s.nullable(ClerkError)),
});
