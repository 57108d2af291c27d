// Generated from bapi-2026-05-12.yml (components/schemas/ApplyCommerceDiscountRequest). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `ApplyCommerceDiscountRequest` object of the Backend API. */
export interface ApplyCommerceDiscountRequest {
  /** The ID of the discount to apply to the subscription item. */
  discount_id: string;
}

/** Structural schema of {@link ApplyCommerceDiscountRequest}: types, presence and nullability; unknown keys kept. */
export const ApplyCommerceDiscountRequest: v.GenericSchema<unknown, ApplyCommerceDiscountRequest> = /*#__PURE__*/ v.looseObject({
  discount_id: v.string(),
});
