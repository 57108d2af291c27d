// Generated from bapi-2026-05-12.yml (components/schemas/Permissions). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { Permission } from "./permission.js";

/** The `Permissions` object of the Backend API. */
export interface Permissions {
  data: Permission[];
  /** Total number of permissions */
  total_count: number;
}

/** Structural shape of {@link Permissions}: types, presence and nullability; unknown keys kept. */
export const Permissions: s.Shape<Permissions> = /*#__PURE__*/ s.looseObject({
  data: s.array(Permission),
  total_count: s.number,
});
