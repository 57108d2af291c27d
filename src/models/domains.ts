// Generated from bapi-2026-05-12.yml (components/schemas/Domains). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { Domain } from "./domain.js";

/** The `Domains` object of the Backend API. */
export interface Domains {
  data: Domain[];
  /** Total number of domains */
  total_count: number;
}

/** Structural shape of {@link Domains}: types, presence and nullability; unknown keys kept. */
export const Domains: s.Shape<Domains> = /*#__PURE__*/ s.looseObject({
  data: s.array(Domain),
  total_count: s.number,
});
