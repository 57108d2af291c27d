// Generated from bapi-2026-05-12.yml (components/schemas/EnterpriseConnectionTestRunResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `EnterpriseConnectionTestRunResponse` object of the Backend API. */
export interface EnterpriseConnectionTestRunResponse {
  /** A short-lived URL that can be used to initiate the test run flow */
  url: string;
}

/** Structural shape of {@link EnterpriseConnectionTestRunResponse}: types, presence and nullability; unknown keys kept. */
export const EnterpriseConnectionTestRunResponse: s.Shape<EnterpriseConnectionTestRunResponse> = /*#__PURE__*/ s.looseObject({
  url: s.string,
});
