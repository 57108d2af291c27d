// Generated from bapi-2026-05-12.yml (components/schemas/ClerkErrors). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { ClerkError } from "./clerkError.js";

/** The `ClerkErrors` object of the Backend API. */
export interface ClerkErrors {
  errors: ClerkError[];
  meta?: Record<string, unknown>;
}

/** Structural shape of {@link ClerkErrors}: types, presence and nullability; unknown keys kept. */
export const ClerkErrors: s.Shape<ClerkErrors> = /*#__PURE__*/ s.looseObject({
  errors: s.array(ClerkError),
  meta: s.exactOptional(s.looseObject({})),
});
