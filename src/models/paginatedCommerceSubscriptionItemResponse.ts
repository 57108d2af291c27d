// Generated from bapi-2026-05-12.yml (components/schemas/PaginatedCommerceSubscriptionItemResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { CommerceSubscriptionItem } from "./commerceSubscriptionItem.js";

/** The `PaginatedCommerceSubscriptionItemResponse` object of the Backend API. */
export interface PaginatedCommerceSubscriptionItemResponse {
  /** Array of subscription items. */
  data: CommerceSubscriptionItem[];
  /** Total number of subscription items. */
  total_count: number;
}

/** Structural shape of {@link PaginatedCommerceSubscriptionItemResponse}: types, presence and nullability; unknown keys kept. */
export const PaginatedCommerceSubscriptionItemResponse: s.Shape<PaginatedCommerceSubscriptionItemResponse> = /*#__PURE__*/ s.looseObject({
  data: s.array(CommerceSubscriptionItem),
  total_count: s.number,
});
