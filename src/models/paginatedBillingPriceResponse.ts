// Generated from bapi-2026-05-12.yml (components/schemas/PaginatedBillingPriceResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { BillingPriceResponse } from "./billingPriceResponse.js";

/** The `PaginatedBillingPriceResponse` object of the Backend API. */
export interface PaginatedBillingPriceResponse {
  /** Array of prices. */
  data: BillingPriceResponse[];
  /** Total number of prices. */
  total_count: number;
}

/** Structural shape of {@link PaginatedBillingPriceResponse}: types, presence and nullability; unknown keys kept. */
export const PaginatedBillingPriceResponse: s.Shape<PaginatedBillingPriceResponse> = /*#__PURE__*/ s.looseObject({
  data: s.array(BillingPriceResponse),
  total_count: s.number,
});
