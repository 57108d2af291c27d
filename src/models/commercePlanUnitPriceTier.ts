// Generated from bapi-2026-05-12.yml (components/schemas/CommercePlanUnitPriceTier). Do not edit: change codegen/ instead.
import * as v from "valibot";
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

/** Structural schema of {@link CommercePlanUnitPriceTier}: types, presence and nullability; unknown keys kept. */
export const CommercePlanUnitPriceTier: v.GenericSchema<unknown, CommercePlanUnitPriceTier> = /*#__PURE__*/ v.looseObject({
  starts_at_block: v.number(),
  ends_after_block: v.exactOptional(v.nullable(v.number())),
  fee_per_block: CommerceMoneyResponse,
});
