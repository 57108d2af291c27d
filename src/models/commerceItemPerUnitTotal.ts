// Generated from bapi-2026-05-12.yml (components/schemas/CommercePerUnitTotal-2). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
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

/** Structural shape of {@link CommerceItemPerUnitTotal}: types, presence and nullability; unknown keys kept. */
export const CommerceItemPerUnitTotal: s.Shape<CommerceItemPerUnitTotal> = /*#__PURE__*/ s.looseObject({
  name: s.string,
  block_size: s.number,
  tiers: s.array(CommerceItemPerUnitTotalTier),
});
