// Generated from bapi-2026-05-12.yml (components/schemas/CNameTarget). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `CNameTarget` object of the Backend API. */
export interface CNameTarget {
  host: string;
  value: string;
  /** Denotes whether this CNAME target is required to be set in order for the domain to be considered deployed. */
  required: boolean;
}

/** Structural schema of {@link CNameTarget}: types, presence and nullability; unknown keys kept. */
export const CNameTarget: v.GenericSchema<unknown, CNameTarget> = /*#__PURE__*/ v.looseObject({
  host: v.string(),
  value: v.string(),
  required: v.boolean(),
});
