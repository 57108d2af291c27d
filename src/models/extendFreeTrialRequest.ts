// Generated from bapi-2026-05-12.yml (components/schemas/ExtendFreeTrialRequest). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `ExtendFreeTrialRequest` object of the Backend API. */
export interface ExtendFreeTrialRequest {
  /**
   * RFC3339 timestamp to extend the free trial to.
   * Must be in the future and not more than 365 days from now.
   */
  extend_to: string;
}

/** Structural shape of {@link ExtendFreeTrialRequest}: types, presence and nullability; unknown keys kept. */
export const ExtendFreeTrialRequest: s.Shape<ExtendFreeTrialRequest> = /*#__PURE__*/ s.looseObject({
  extend_to: s.string,
});
