// Generated from bapi-2026-05-12.yml (components/schemas/PaginatedCommercePlanResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { CommercePlan } from "./commercePlan.js";

/** The `PaginatedCommercePlanResponse` object of the Backend API. */
export interface PaginatedCommercePlanResponse {
  /** Array of plans. */
  data: CommercePlan[];
  /** Total number of plans. */
  total_count: number;
}

/** Structural schema of {@link PaginatedCommercePlanResponse}: types, presence and nullability; unknown keys kept. */
export const PaginatedCommercePlanResponse: v.GenericSchema<unknown, PaginatedCommercePlanResponse> = /*#__PURE__*/ v.looseObject({
  data: v.array(CommercePlan),
  total_count: v.number(),
});
