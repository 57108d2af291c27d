// Generated from bapi-2026-05-12.yml (components/schemas/SignUpVerification). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `SignUpVerification` object of the Backend API. */
export type SignUpVerification = {
  next_action?: "needs_prepare" | "needs_attempt" | "" | (string & {});
  supported_strategies?: string[];
} | null;

/** Structural schema of {@link SignUpVerification}: types, presence and nullability; unknown keys kept. */
export const SignUpVerification: v.GenericSchema<unknown, SignUpVerification> = /*#__PURE__*/ v.nullable(v.looseObject({
  next_action: v.exactOptional(v.string()),
  supported_strategies: v.exactOptional(v.array(v.string())),
}));
