// Generated from bapi-2026-05-12.yml (components/schemas/CommerceTotalsResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
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

/** Structural shape of {@link CommerceTotalsResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceTotalsResponse: s.Shape<CommerceTotalsResponse> = /*#__PURE__*/ s.looseObject({
  subtotal: CommerceMoneyResponse,
  base_fee: CommerceMoneyResponse,
  tax_total: CommerceMoneyResponse,
  grand_total: CommerceMoneyResponse,
  per_unit_totals: s.exactOptional(s.array(CommercePerUnitTotal)),
  credits: s.exactOptional(s.nullable(CommerceCreditsResponse)),
  discounts: s.exactOptional(s.nullable(CommerceDiscountsResponse)),
});
