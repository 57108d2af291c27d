// Generated from bapi-2026-05-12.yml (components/schemas/CommerceSubscriptionItemSeatsResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { CommerceItemPerUnitTotalTier } from "./commerceItemPerUnitTotalTier.js";

/** The `CommerceSubscriptionItemSeatsResponse` object of the Backend API. */
export interface CommerceSubscriptionItemSeatsResponse {
  /** Seat quantity being billed; null means unlimited */
  quantity: number | null;
  /** Per-unit cost breakdown by pricing tier */
  tiers?: CommerceItemPerUnitTotalTier[];
}

/** Structural shape of {@link CommerceSubscriptionItemSeatsResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceSubscriptionItemSeatsResponse: s.Shape<CommerceSubscriptionItemSeatsResponse> = /*#__PURE__*/ s.looseObject({
  quantity: s.nullable(s.number),
  tiers: s.exactOptional(s.array(CommerceItemPerUnitTotalTier)),
});
