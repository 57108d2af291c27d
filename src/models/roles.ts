// Generated from bapi-2026-05-12.yml (components/schemas/Roles). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { Role } from "./role.js";

/** The `Roles` object of the Backend API. */
export interface Roles {
  data: Role[];
  /** Total number of roles */
  total_count: number;
}

/** Structural schema of {@link Roles}: types, presence and nullability; unknown keys kept. */
export const Roles: v.GenericSchema<unknown, Roles> = /*#__PURE__*/ v.looseObject({
  data: v.array(Role),
  total_count: v.number(),
});
