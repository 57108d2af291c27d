// Generated from bapi-2026-05-12.yml (components/schemas/PaginatedCommerceSubscriptionItemResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { CommerceSubscriptionItem } from "./commerceSubscriptionItem.js";

/** The `PaginatedCommerceSubscriptionItemResponse` object of the Backend API. */
export interface PaginatedCommerceSubscriptionItemResponse {
  /** Array of subscription items. */
  data: CommerceSubscriptionItem[];
  /** Total number of subscription items. */
  total_count: number;
}

/** Structural schema of {@link PaginatedCommerceSubscriptionItemResponse}: types, presence and nullability; unknown keys kept. */
export const PaginatedCommerceSubscriptionItemResponse: v.GenericSchema<unknown, PaginatedCommerceSubscriptionItemResponse> = /*#__PURE__*/ v.looseObject({
  data: v.array(CommerceSubscriptionItem),
  total_count: v.number(),
});
