// Generated from bapi-2026-05-12.yml (components/schemas/CommercePriceTransitionResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { CommercePriceTransitionDetails } from "./commercePriceTransitionDetails.js";
import { CommerceSubscriptionItemWithPaymentSource } from "./commerceSubscriptionItemWithPaymentSource.js";

/** The `CommercePriceTransitionResponse` object of the Backend API. */
export interface CommercePriceTransitionResponse {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "commerce_price_transition" | (string & {});
  subscription_item: CommerceSubscriptionItemWithPaymentSource;
  transition: CommercePriceTransitionDetails;
}

/** Structural shape of {@link CommercePriceTransitionResponse}: types, presence and nullability; unknown keys kept. */
export const CommercePriceTransitionResponse: s.Shape<CommercePriceTransitionResponse> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  subscription_item: CommerceSubscriptionItemWithPaymentSource,
  transition: CommercePriceTransitionDetails,
});
