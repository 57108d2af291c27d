// Generated from bapi-2026-05-12.yml (components/schemas/IdentificationLink). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `IdentificationLink` object of the Backend API. */
export interface IdentificationLink {
  type: string;
  id: string;
}

/** Structural shape of {@link IdentificationLink}: types, presence and nullability; unknown keys kept. */
export const IdentificationLink: s.Shape<IdentificationLink> = /*#__PURE__*/ s.looseObject({
  type: s.string,
  id: s.string,
});
