// Generated from bapi-2026-05-12.yml (components/schemas/CommercePlanUnitPriceTier). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";

/** The `CommercePlanUnitPriceTier` object of the Backend API. */
export interface CommercePlanUnitPriceTier {
  /** Start block (inclusive) for this tier */
  starts_at_block: number;
  /** End block (inclusive) for this tier; null means unlimited */
  ends_after_block?: number | null;
  /** Price charged per block in this tier */
  fee_per_block: CommerceMoneyResponse;
}

/** Structural shape of {@link CommercePlanUnitPriceTier}: types, presence and nullability; unknown keys kept. */
export const CommercePlanUnitPriceTier: s.Shape<CommercePlanUnitPriceTier> = /*#__PURE__*/ s.looseObject({
  starts_at_block: s.number,
  ends_after_block: s.exactOptional(s.nullable(s.number)),
  fee_per_block: CommerceMoneyResponse,
});
