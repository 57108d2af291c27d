// Generated from bapi-2026-05-12.yml (components/schemas/EnterpriseConnectionTestRunResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `EnterpriseConnectionTestRunResponse` object of the Backend API. */
export interface EnterpriseConnectionTestRunResponse {
  /** A short-lived URL that can be used to initiate the test run flow */
  url: string;
}

/** Structural schema of {@link EnterpriseConnectionTestRunResponse}: types, presence and nullability; unknown keys kept. */
export const EnterpriseConnectionTestRunResponse: v.GenericSchema<unknown, EnterpriseConnectionTestRunResponse> = /*#__PURE__*/ v.looseObject({
  url: v.string(),
});
