// Generated from bapi-2026-05-12.yml (components/schemas/PaginatedBillingPaymentAttemptResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { BillingPaymentAttempt } from "./billingPaymentAttempt.js";

/** The `PaginatedBillingPaymentAttemptResponse` object of the Backend API. */
export interface PaginatedBillingPaymentAttemptResponse {
  /** Array of billing payment attempts. */
  data: BillingPaymentAttempt[];
  /** Total number of billing payment attempts. */
  total_count: number;
}

/** Structural shape of {@link PaginatedBillingPaymentAttemptResponse}: types, presence and nullability; unknown keys kept. */
export const PaginatedBillingPaymentAttemptResponse: s.Shape<PaginatedBillingPaymentAttemptResponse> = /*#__PURE__*/ s.looseObject({
  data: s.array(BillingPaymentAttempt),
  total_count: s.number,
});
