// Generated from bapi-2026-05-12.yml (components/schemas/verification_from_oauth). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { ClerkError } from "./clerkError.js";

/** The `verification_from_oauth` object of the Backend API. */
export interface VerificationFromOauth {
  object?: "verification_from_oauth" | (string & {});
  status: "unverified" | "verified" | (string & {});
  strategy: string;
  error?: ClerkError | null;
  expire_at: number | null;
  attempts: number | null;
  verified_at_client?: string | null;
}

/** Structural schema of {@link VerificationFromOauth}: types, presence and nullability; unknown keys kept. */
export const VerificationFromOauth: v.GenericSchema<unknown, VerificationFromOauth> = /*#__PURE__*/ v.looseObject({
  object: v.exactOptional(v.string()),
  status: v.string(),
  strategy: v.string(),
  error: v.exactOptional(v.nullable(ClerkError)),
  expire_at: v.nullable(v.number()),
  attempts: v.nullable(v.number()),
  verified_at_client: v.exactOptional(v.nullable(v.string())),
});
