// Generated from bapi-2026-05-12.yml (components/schemas/CommerceTotalsResponse-2). Do not edit: change codegen/ instead.
import * as v from "valibot";
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

/** Structural schema of {@link CommerceItemTotalsResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceItemTotalsResponse: v.GenericSchema<unknown, CommerceItemTotalsResponse> = /*#__PURE__*/ v.looseObject({
  subtotal: CommerceMoneyResponse,
  base_fee: CommerceMoneyResponse,
  tax_total: CommerceMoneyResponse,
  grand_total: CommerceMoneyResponse,
  per_unit_totals: v.exactOptional(v.array(CommerceItemPerUnitTotal)),
  credits: v.exactOptional(v.nullable(CommerceCreditsResponse)),
  discounts: v.exactOptional(v.nullable(BillingDiscountsResponse)),
});
