// Generated from bapi-2026-05-12.yml (components/schemas/CommerceTotalsResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { CommerceCreditsResponse } from "./commerceCreditsResponse.js";
import { CommerceDiscountsResponse } from "./commerceDiscountsResponse.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";
import { CommercePerUnitTotal } from "./commercePerUnitTotal.js";

/** The `CommerceTotalsResponse` object of the Backend API. */
export interface CommerceTotalsResponse {
  subtotal: CommerceMoneyResponse;
  base_fee: CommerceMoneyResponse;
  tax_total: CommerceMoneyResponse;
  grand_total: CommerceMoneyResponse;
  per_unit_totals?: CommercePerUnitTotal[];
  credits?: CommerceCreditsResponse | null;
  discounts?: CommerceDiscountsResponse | null;
}

/** Structural schema of {@link CommerceTotalsResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceTotalsResponse: v.GenericSchema<unknown, CommerceTotalsResponse> = /*#__PURE__*/ v.looseObject({
  subtotal: CommerceMoneyResponse,
  base_fee: CommerceMoneyResponse,
  tax_total: CommerceMoneyResponse,
  grand_total: CommerceMoneyResponse,
  per_unit_totals: v.exactOptional(v.array(CommercePerUnitTotal)),
  credits: v.exactOptional(v.nullable(CommerceCreditsResponse)),
  discounts: v.exactOptional(v.nullable(CommerceDiscountsResponse)),
});
