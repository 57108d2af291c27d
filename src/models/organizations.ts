// Generated from bapi-2026-05-12.yml (components/schemas/Organizations). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { Organization } from "./organization.js";

/** The `Organizations` object of the Backend API. */
export interface Organizations {
  data: Organization[];
  /** Total number of organizations */
  total_count: number;
}

/** Structural schema of {@link Organizations}: types, presence and nullability; unknown keys kept. */
export const Organizations: v.GenericSchema<unknown, Organizations> = /*#__PURE__*/ v.looseObject({
  data: v.array(Organization),
  total_count: v.number(),
});
