// Generated from bapi-2026-05-12.yml (components/schemas/CommercePlanUnitPrice). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { CommercePlanUnitPriceTier } from "./commercePlanUnitPriceTier.js";

/** The `CommercePlanUnitPrice` object of the Backend API. */
export interface CommercePlanUnitPrice {
  /** Name of the billable unit (for example, seats) */
  name: string;
  /** Number of units included in each pricing block */
  block_size: number;
  /** Tiered pricing configuration for this unit */
  tiers: CommercePlanUnitPriceTier[];
}

/** Structural schema of {@link CommercePlanUnitPrice}: types, presence and nullability; unknown keys kept. */
export const CommercePlanUnitPrice: v.GenericSchema<unknown, CommercePlanUnitPrice> = /*#__PURE__*/ v.looseObject({
  name: v.string(),
  block_size: v.number(),
  tiers: v.array(CommercePlanUnitPriceTier),
});
