// Generated from bapi-2026-05-12.yml (components/schemas/PaginatedCommercePlanResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { CommercePlan } from "./commercePlan.js";

/** The `PaginatedCommercePlanResponse` object of the Backend API. */
export interface PaginatedCommercePlanResponse {
  /** Array of plans. */
  data: CommercePlan[];
  /** Total number of plans. */
  total_count: number;
}

/** Structural shape of {@link PaginatedCommercePlanResponse}: types, presence and nullability; unknown keys kept. */
export const PaginatedCommercePlanResponse: s.Shape<PaginatedCommercePlanResponse> = /*#__PURE__*/ s.looseObject({
  data: s.array(CommercePlan),
  total_count: s.number,
});
