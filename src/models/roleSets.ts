// Generated from bapi-2026-05-12.yml (components/schemas/RoleSets). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { RoleSet } from "./roleSet.js";

/** The `RoleSets` object of the Backend API. */
export interface RoleSets {
  data: RoleSet[];
  /** Total number of role sets */
  total_count: number;
}

/** Structural shape of {@link RoleSets}: types, presence and nullability; unknown keys kept. */
export const RoleSets: s.Shape<RoleSets> = /*#__PURE__*/ s.looseObject({
  data: s.array(RoleSet),
  total_count: s.number,
});
