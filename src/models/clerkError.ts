// Generated from bapi-2026-05-12.yml (components/schemas/ClerkError). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `ClerkError` object of the Backend API. */
export interface ClerkError {
  message: string;
  long_message: string;
  code: string;
  meta?: Record<string, unknown>;
}

/** Structural shape of {@link ClerkError}: types, presence and nullability; unknown keys kept. */
export const ClerkError: s.Shape<ClerkError> = /*#__PURE__*/ s.looseObject({
  message: s.string,
  long_message: s.string,
  code: s.string,
  meta: s.exactOptional(s.looseObject({})),
});
