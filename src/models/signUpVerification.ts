// Generated from bapi-2026-05-12.yml (components/schemas/SignUpVerification). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `SignUpVerification` object of the Backend API. */
export type SignUpVerification = {
  next_action?: "needs_prepare" | "needs_attempt" | "" | (string & {});
  supported_strategies?: string[];
} | null;

/** Structural shape of {@link SignUpVerification}: types, presence and nullability; unknown keys kept. */
export const SignUpVerification: s.Shape<SignUpVerification> = /*#__PURE__*/ s.nullable(s.looseObject({
  next_action: s.exactOptional(s.string),
  supported_strategies: s.exactOptional(s.array(s.string)),
}));
