// Generated from bapi-2026-05-12.yml (components/schemas/Permissions). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { Permission } from "./permission.js";

/** The `Permissions` object of the Backend API. */
export interface Permissions {
  data: Permission[];
  /** Total number of permissions */
  total_count: number;
}

/** Structural schema of {@link Permissions}: types, presence and nullability; unknown keys kept. */
export const Permissions: v.GenericSchema<unknown, Permissions> = /*#__PURE__*/ v.looseObject({
  data: v.array(Permission),
  total_count: v.number(),
});
