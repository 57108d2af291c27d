// Generated from bapi-2026-05-12.yml (components/schemas/PriceTransitionRequest). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `PriceTransitionRequest` object of the Backend API. */
export interface PriceTransitionRequest {
  /** The current price ID of the subscription item. */
  from_price_id: string;
  /** The target price ID to transition to. */
  to_price_id: string;
}

/** Structural schema of {@link PriceTransitionRequest}: types, presence and nullability; unknown keys kept. */
export const PriceTransitionRequest: v.GenericSchema<unknown, PriceTransitionRequest> = /*#__PURE__*/ v.looseObject({
  from_price_id: v.string(),
  to_price_id: v.string(),
});
