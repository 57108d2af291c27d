// Generated from bapi-2026-05-12.yml (components/schemas/OAuthApplications). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { OAuthApplication } from "./oAuthApplication.js";

/** The `OAuthApplications` object of the Backend API. */
export interface OAuthApplications {
  data: OAuthApplication[];
  /** Total number of OAuth applications */
  total_count: number;
}

/** Structural schema of {@link OAuthApplications}: types, presence and nullability; unknown keys kept. */
export const OAuthApplications: v.GenericSchema<unknown, OAuthApplications> = /*#__PURE__*/ v.looseObject({
  data: v.array(OAuthApplication),
  total_count: v.number(),
});
