// Generated from bapi-2026-05-12.yml (components/schemas/Roles). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { Role } from "./role.js";

/** The `Roles` object of the Backend API. */
export interface Roles {
  data: Role[];
  /** Total number of roles */
  total_count: number;
}

/** Structural shape of {@link Roles}: types, presence and nullability; unknown keys kept. */
export const Roles: s.Shape<Roles> = /*#__PURE__*/ s.looseObject({
  data: s.array(Role),
  total_count: s.number,
});
