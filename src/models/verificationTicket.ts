// Generated from bapi-2026-05-12.yml (components/schemas/verification_ticket). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `verification_ticket` object of the Backend API. */
export interface VerificationTicket {
  object?: "verification_ticket" | (string & {});
  status: "unverified" | "verified" | "expired" | (string & {});
  strategy: "ticket" | (string & {});
  attempts: number | null;
  expire_at: number | null;
  verified_at_client?: string | null;
}

/** Structural shape of {@link VerificationTicket}: types, presence and nullability; unknown keys kept. */
export const VerificationTicket: s.Shape<VerificationTicket> = /*#__PURE__*/ s.looseObject({
  object: s.exactOptional(s.string),
  status: s.string,
  strategy: s.string,
  attempts: s.nullable(s.number),
  expire_at: s.nullable(s.number),
  verified_at_client: s.exactOptional(s.nullable(s.string)),
});
