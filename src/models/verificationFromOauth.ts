// Generated from bapi-2026-05-12.yml (components/schemas/verification_from_oauth). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
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

/** Structural shape of {@link VerificationFromOauth}: types, presence and nullability; unknown keys kept. */
export const VerificationFromOauth: s.Shape<VerificationFromOauth> = /*#__PURE__*/ s.looseObject({
  object: s.exactOptional(s.string),
  status: s.string,
  strategy: s.string,
  error: s.exactOptional(s.nullable(ClerkError)),
  expire_at: s.nullable(s.number),
  attempts: s.nullable(s.number),
  verified_at_client: s.exactOptional(s.nullable(s.string)),
});
