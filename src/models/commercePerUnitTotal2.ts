// Generated from bapi-2026-05-12.yml (components/schemas/CommercePerUnitTotal-2). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { CommercePerUnitTotalTier2 } from "./commercePerUnitTotalTier2.js";

/** The `CommercePerUnitTotal-2` object of the Backend API. */
export interface CommercePerUnitTotal2 {
  /** Name of the billable unit (for example, seats) */
  name: string;
  /** Number of units included in each pricing block */
  block_size: number;
  /** Computed totals for each pricing tier */
  tiers: CommercePerUnitTotalTier2[];
}

/** Structural schema of {@link CommercePerUnitTotal2}: types, presence and nullability; unknown keys kept. */
export const CommercePerUnitTotal2: v.GenericSchema<unknown, CommercePerUnitTotal2> = /*#__PURE__*/ v.looseObject({
  name: v.string(),
  block_size: v.number(),
  tiers: v.array(CommercePerUnitTotalTier2),
});
