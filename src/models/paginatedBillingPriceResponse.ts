// Generated from bapi-2026-05-12.yml (components/schemas/PaginatedBillingPriceResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { BillingPriceResponse } from "./billingPriceResponse.js";

/** The `PaginatedBillingPriceResponse` object of the Backend API. */
export interface PaginatedBillingPriceResponse {
  /** Array of prices. */
  data: BillingPriceResponse[];
  /** Total number of prices. */
  total_count: number;
}

/** Structural schema of {@link PaginatedBillingPriceResponse}: types, presence and nullability; unknown keys kept. */
export const PaginatedBillingPriceResponse: v.GenericSchema<unknown, PaginatedBillingPriceResponse> = /*#__PURE__*/ v.looseObject({
  data: v.array(BillingPriceResponse),
  total_count: v.number(),
});
