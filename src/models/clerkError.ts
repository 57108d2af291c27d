// Generated from bapi-2026-05-12.yml (components/schemas/ClerkError). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `ClerkError` object of the Backend API. */
export interface ClerkError {
  message: string;
  long_message: string;
  code: string;
  meta?: Record<string, unknown>;
}

/** Structural schema of {@link ClerkError}: types, presence and nullability; unknown keys kept. */
export const ClerkError: v.GenericSchema<unknown, ClerkError> = /*#__PURE__*/ v.looseObject({
  message: v.string(),
  long_message: v.string(),
  code: v.string(),
  meta: v.exactOptional(v.looseObject({})),
});
