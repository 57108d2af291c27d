// Generated from bapi-2026-05-12.yml (components/schemas/PriceTransitionRequest). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `PriceTransitionRequest` object of the Backend API. */
export interface PriceTransitionRequest {
  /** The current price ID of the subscription item. */
  from_price_id: string;
  /** The target price ID to transition to. */
  to_price_id: string;
}

/** Structural shape of {@link PriceTransitionRequest}: types, presence and nullability; unknown keys kept. */
export const PriceTransitionRequest: s.Shape<PriceTransitionRequest> = /*#__PURE__*/ s.looseObject({
  from_price_id: s.string,
  to_price_id: s.string,
});
