// Generated from bapi-2026-05-12.yml (components/schemas/ClerkErrors). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { ClerkError } from "./clerkError.js";

/** The `ClerkErrors` object of the Backend API. */
export interface ClerkErrors {
  errors: ClerkError[];
  meta?: Record<string, unknown>;
}

/** Structural schema of {@link ClerkErrors}: types, presence and nullability; unknown keys kept. */
export const ClerkErrors: v.GenericSchema<unknown, ClerkErrors> = /*#__PURE__*/ v.looseObject({
  errors: v.array(ClerkError),
  meta: v.exactOptional(v.looseObject({})),
});
