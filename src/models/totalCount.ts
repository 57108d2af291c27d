// Generated from bapi-2026-05-12.yml (components/schemas/TotalCount). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `TotalCount` object of the Backend API. */
export interface TotalCount {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "total_count" | (string & {});
  total_count: number;
}

/** Structural schema of {@link TotalCount}: types, presence and nullability; unknown keys kept. */
export const TotalCount: v.GenericSchema<unknown, TotalCount> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  total_count: v.number(),
});
