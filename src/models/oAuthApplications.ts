// Generated from bapi-2026-05-12.yml (components/schemas/OAuthApplications). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { OAuthApplication } from "./oAuthApplication.js";

/** The `OAuthApplications` object of the Backend API. */
export interface OAuthApplications {
  data: OAuthApplication[];
  /** Total number of OAuth applications */
  total_count: number;
}

/** Structural shape of {@link OAuthApplications}: types, presence and nullability; unknown keys kept. */
export const OAuthApplications: s.Shape<OAuthApplications> = /*#__PURE__*/ s.looseObject({
  data: s.array(OAuthApplication),
  total_count: s.number,
});
