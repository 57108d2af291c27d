// Generated from bapi-2026-05-12.yml (components/schemas/EnterpriseConnectionTestRuns). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { EnterpriseConnectionTestRun } from "./enterpriseConnectionTestRun.js";

/** The `EnterpriseConnectionTestRuns` object of the Backend API. */
export interface EnterpriseConnectionTestRuns {
  data: EnterpriseConnectionTestRun[];
  /** Total number of test runs */
  total_count: number;
}

/** Structural shape of {@link EnterpriseConnectionTestRuns}: types, presence and nullability; unknown keys kept. */
export const EnterpriseConnectionTestRuns: s.Shape<EnterpriseConnectionTestRuns> = /*#__PURE__*/ s.looseObject({
  data: s.array(EnterpriseConnectionTestRun),
  total_count: s.number,
});
