// Generated from bapi-2026-05-12.yml (components/schemas/PaginatedBillingStatementResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { BillingStatement } from "./billingStatement.js";

/** The `PaginatedBillingStatementResponse` object of the Backend API. */
export interface PaginatedBillingStatementResponse {
  /** Array of billing statements. */
  data: BillingStatement[];
  /** Total number of billing statements. */
  total_count: number;
}

/** Structural shape of {@link PaginatedBillingStatementResponse}: types, presence and nullability; unknown keys kept. */
export const PaginatedBillingStatementResponse: s.Shape<PaginatedBillingStatementResponse> = /*#__PURE__*/ s.looseObject({
  data: s.array(BillingStatement),
  total_count: s.number,
});
