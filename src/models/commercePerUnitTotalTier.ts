// Generated from bapi-2026-05-12.yml (components/schemas/CommercePerUnitTotalTier). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";

/** The `CommercePerUnitTotalTier` object of the Backend API. */
export interface CommercePerUnitTotalTier {
  /** Units billed in this tier; null means unlimited. */
  quantity?: number | null;
  /** Price charged per block in this tier. */
  fee_per_block: CommerceMoneyResponse;
  /** Total charge for this tier. */
  total: CommerceMoneyResponse;
}

/** Structural shape of {@link CommercePerUnitTotalTier}: types, presence and nullability; unknown keys kept. */
export const CommercePerUnitTotalTier: s.Shape<CommercePerUnitTotalTier> = /*#__PURE__*/ s.looseObject({
  quantity: s.exactOptional(s.nullable(s.number)),
  fee_per_block: CommerceMoneyResponse,
  total: CommerceMoneyResponse,
});
