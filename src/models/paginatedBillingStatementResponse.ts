// Generated from bapi-2026-05-12.yml (components/schemas/PaginatedBillingStatementResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { BillingStatement } from "./billingStatement.js";

/** The `PaginatedBillingStatementResponse` object of the Backend API. */
export interface PaginatedBillingStatementResponse {
  /** Array of billing statements. */
  data: BillingStatement[];
  /** Total number of billing statements. */
  total_count: number;
}

/** Structural schema of {@link PaginatedBillingStatementResponse}: types, presence and nullability; unknown keys kept. */
export const PaginatedBillingStatementResponse: v.GenericSchema<unknown, PaginatedBillingStatementResponse> = /*#__PURE__*/ v.looseObject({
  data: v.array(BillingStatement),
  total_count: v.number(),
});
