// Generated from bapi-2026-05-12.yml (components/schemas/CommercePerUnitTotalTier-2). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";

/** The `CommercePerUnitTotalTier-2` object of the Backend API. */
export interface CommerceItemPerUnitTotalTier {
  /** Units billed in this tier; null means unlimited */
  quantity?: number | null;
  /** Price charged per block in this tier */
  fee_per_block: CommerceMoneyResponse;
  /** Total charge for this tier */
  total: CommerceMoneyResponse;
}

/** Structural shape of {@link CommerceItemPerUnitTotalTier}: types, presence and nullability; unknown keys kept. */
export const CommerceItemPerUnitTotalTier: s.Shape<CommerceItemPerUnitTotalTier> = /*#__PURE__*/ s.looseObject({
  quantity: s.exactOptional(s.nullable(s.number)),
  fee_per_block: CommerceMoneyResponse,
  total: CommerceMoneyResponse,
});
