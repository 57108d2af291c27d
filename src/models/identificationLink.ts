// Generated from bapi-2026-05-12.yml (components/schemas/IdentificationLink). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `IdentificationLink` object of the Backend API. */
export interface IdentificationLink {
  type: string;
  id: string;
}

/** Structural schema of {@link IdentificationLink}: types, presence and nullability; unknown keys kept. */
export const IdentificationLink: v.GenericSchema<unknown, IdentificationLink> = /*#__PURE__*/ v.looseObject({
  type: v.string(),
  id: v.string(),
});
