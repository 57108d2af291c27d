// Generated from bapi-2026-05-12.yml (components/schemas/CNameTarget). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `CNameTarget` object of the Backend API. */
export interface CNameTarget {
  host: string;
  value: string;
  /** Denotes whether this CNAME target is required to be set in order for the domain to be considered deployed. */
  required: boolean;
}

/** Structural shape of {@link CNameTarget}: types, presence and nullability; unknown keys kept. */
export const CNameTarget: s.Shape<CNameTarget> = /*#__PURE__*/ s.looseObject({
  host: s.string,
  value: s.string,
  required: s.boolean,
});
