// Generated from bapi-2026-05-12.yml (components/schemas/PaginatedBillingPaymentAttemptResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { BillingPaymentAttempt } from "./billingPaymentAttempt.js";

/** The `PaginatedBillingPaymentAttemptResponse` object of the Backend API. */
export interface PaginatedBillingPaymentAttemptResponse {
  /** Array of billing payment attempts. */
  data: BillingPaymentAttempt[];
  /** Total number of billing payment attempts. */
  total_count: number;
}

/** Structural schema of {@link PaginatedBillingPaymentAttemptResponse}: types, presence and nullability; unknown keys kept. */
export const PaginatedBillingPaymentAttemptResponse: v.GenericSchema<unknown, PaginatedBillingPaymentAttemptResponse> = /*#__PURE__*/ v.looseObject({
  data: v.array(BillingPaymentAttempt),
  total_count: v.number(),
});
