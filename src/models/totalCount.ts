// Generated from bapi-2026-05-12.yml (components/schemas/TotalCount). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `TotalCount` object of the Backend API. */
export interface TotalCount {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "total_count" | (string & {});
  total_count: number;
}

/** Structural shape of {@link TotalCount}: types, presence and nullability; unknown keys kept. */
export const TotalCount: s.Shape<TotalCount> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  total_count: s.number,
});
