// Generated from bapi-2026-05-12.yml (components/schemas/CommercePerUnitTotal). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { CommercePerUnitTotalTier } from "./commercePerUnitTotalTier.js";

/** The `CommercePerUnitTotal` object of the Backend API. */
export interface CommercePerUnitTotal {
  /** Name of the billable unit (for example, `seats`). */
  name: string;
  /** Number of units included in each pricing block. */
  block_size: number;
  /** Computed totals for each pricing tier. */
  tiers: CommercePerUnitTotalTier[];
}

/** Structural shape of {@link CommercePerUnitTotal}: types, presence and nullability; unknown keys kept. */
export const CommercePerUnitTotal: s.Shape<CommercePerUnitTotal> = /*#__PURE__*/ s.looseObject({
  name: s.string,
  block_size: s.number,
  tiers: s.array(CommercePerUnitTotalTier),
});
