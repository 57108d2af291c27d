// Generated from bapi-2026-05-12.yml (components/schemas/RoleSets). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { RoleSet } from "./roleSet.js";

/** The `RoleSets` object of the Backend API. */
export interface RoleSets {
  data: RoleSet[];
  /** Total number of role sets */
  total_count: number;
}

/** Structural schema of {@link RoleSets}: types, presence and nullability; unknown keys kept. */
export const RoleSets: v.GenericSchema<unknown, RoleSets> = /*#__PURE__*/ v.looseObject({
  data: v.array(RoleSet),
  total_count: v.number(),
});
