// Generated from bapi-2026-05-12.yml (components/schemas/ApplyCommerceDiscountRequest). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `ApplyCommerceDiscountRequest` object of the Backend API. */
export interface ApplyCommerceDiscountRequest {
  /** The ID of the discount to apply to the subscription item. */
  discount_id: string;
}

/** Structural shape of {@link ApplyCommerceDiscountRequest}: types, presence and nullability; unknown keys kept. */
export const ApplyCommerceDiscountRequest: s.Shape<ApplyCommerceDiscountRequest> = /*#__PURE__*/ s.looseObject({
  discount_id: s.string,
});
