// Generated from bapi-2026-05-12.yml (components/schemas/EnterpriseConnectionTestRuns). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { EnterpriseConnectionTestRun } from "./enterpriseConnectionTestRun.js";

/** The `EnterpriseConnectionTestRuns` object of the Backend API. */
export interface EnterpriseConnectionTestRuns {
  data: EnterpriseConnectionTestRun[];
  /** Total number of test runs */
  total_count: number;
}

/** Structural schema of {@link EnterpriseConnectionTestRuns}: types, presence and nullability; unknown keys kept. */
export const EnterpriseConnectionTestRuns: v.GenericSchema<unknown, EnterpriseConnectionTestRuns> = /*#__PURE__*/ v.looseObject({
  data: v.array(EnterpriseConnectionTestRun),
  total_count: v.number(),
});
