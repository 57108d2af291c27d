// Generated from bapi-2026-05-12.yml (components/schemas/Domains). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { Domain } from "./domain.js";

/** The `Domains` object of the Backend API. */
export interface Domains {
  data: Domain[];
  /** Total number of domains */
  total_count: number;
}

/** Structural schema of {@link Domains}: types, presence and nullability; unknown keys kept. */
export const Domains: v.GenericSchema<unknown, Domains> = /*#__PURE__*/ v.looseObject({
  data: v.array(Domain),
  total_count: v.number(),
});
