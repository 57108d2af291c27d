// Generated from bapi-2026-05-12.yml (components/schemas/CommercePerUnitTotal-2). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { CommerceItemPerUnitTotalTier } from "./commerceItemPerUnitTotalTier.js";

/** The `CommercePerUnitTotal-2` object of the Backend API. */
export interface CommerceItemPerUnitTotal {
  /** Name of the billable unit (for example, seats) */
  name: string;
  /** Number of units included in each pricing block */
  block_size: number;
  /** Computed totals for each pricing tier */
  tiers: CommerceItemPerUnitTotalTier[];
}

/** Structural schema of {@link CommerceItemPerUnitTotal}: types, presence and nullability; unknown keys kept. */
export const CommerceItemPerUnitTotal: v.GenericSchema<unknown, CommerceItemPerUnitTotal> = /*#__PURE__*/ v.looseObject({
  name: v.string(),
  block_size: v.number(),
  tiers: v.array(CommerceItemPerUnitTotalTier),
});
