// Generated from bapi-2026-05-12.yml (components/schemas/CommerceSubscriptionItemSeatsResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { CommerceItemPerUnitTotalTier } from "./commerceItemPerUnitTotalTier.js";

/** The `CommerceSubscriptionItemSeatsResponse` object of the Backend API. */
export interface CommerceSubscriptionItemSeatsResponse {
  /** Seat quantity being billed; null means unlimited */
  quantity: number | null;
  /** Per-unit cost breakdown by pricing tier */
  tiers?: CommerceItemPerUnitTotalTier[];
}

/** Structural schema of {@link CommerceSubscriptionItemSeatsResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceSubscriptionItemSeatsResponse: v.GenericSchema<unknown, CommerceSubscriptionItemSeatsResponse> = /*#__PURE__*/ v.looseObject({
  quantity: v.nullable(v.number()),
  tiers: v.exactOptional(v.array(CommerceItemPerUnitTotalTier)),
});
