// Generated from bapi-2026-05-12.yml (components/schemas/verification_ticket). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `verification_ticket` object of the Backend API. */
export interface VerificationTicket {
  object?: "verification_ticket" | (string & {});
  status: "unverified" | "verified" | "expired" | (string & {});
  strategy: "ticket" | (string & {});
  attempts: number | null;
  expire_at: number | null;
  verified_at_client?: string | null;
}

/** Structural schema of {@link VerificationTicket}: types, presence and nullability; unknown keys kept. */
export const VerificationTicket: v.GenericSchema<unknown, VerificationTicket> = /*#__PURE__*/ v.looseObject({
  object: v.exactOptional(v.string()),
  status: v.string(),
  strategy: v.string(),
  attempts: v.nullable(v.number()),
  expire_at: v.nullable(v.number()),
  verified_at_client: v.exactOptional(v.nullable(v.string())),
});
