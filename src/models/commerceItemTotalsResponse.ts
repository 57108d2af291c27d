// Generated from bapi-2026-05-12.yml (components/schemas/CommerceTotalsResponse-2). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { BillingDiscountsResponse } from "./billingDiscountsResponse.js";
import { CommerceCreditsResponse } from "./commerceCreditsResponse.js";
import { CommerceItemPerUnitTotal } from "./commerceItemPerUnitTotal.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";

/** The `CommerceTotalsResponse-2` object of the Backend API. */
export interface CommerceItemTotalsResponse {
  subtotal: CommerceMoneyResponse;
  base_fee: CommerceMoneyResponse;
  tax_total: CommerceMoneyResponse;
  grand_total: CommerceMoneyResponse;
  per_unit_totals?: CommerceItemPerUnitTotal[];
  credits?: CommerceCreditsResponse | null;
  /** Information about the discounts applied to the payment */
  discounts?: BillingDiscountsResponse | null;
}

/** Structural shape of {@link CommerceItemTotalsResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceItemTotalsResponse: s.Shape<CommerceItemTotalsResponse> = /*#__PURE__*/ s.looseObject({
  subtotal: CommerceMoneyResponse,
  base_fee: CommerceMoneyResponse,
  tax_total: CommerceMoneyResponse,
  grand_total: CommerceMoneyResponse,
  per_unit_totals: s.exactOptional(s.array(CommerceItemPerUnitTotal)),
  credits: s.exactOptional(s.nullable(CommerceCreditsResponse)),
  discounts: s.exactOptional(s.nullable(BillingDiscountsResponse)),
});
