// Generated from bapi-2026-05-12.yml (components/schemas/CommercePlanUnitPrice). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
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

/** Structural shape of {@link CommercePlanUnitPrice}: types, presence and nullability; unknown keys kept. */
export const CommercePlanUnitPrice: s.Shape<CommercePlanUnitPrice> = /*#__PURE__*/ s.looseObject({
  name: s.string,
  block_size: s.number,
  tiers: s.array(CommercePlanUnitPriceTier),
});
