// Generated from bapi-2026-05-12.yml (components/schemas/CommerceSubscription). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { CommerceSubscriptionItem } from "./commerceSubscriptionItem.js";
import { CommerceSubscriptionNextPayment } from "./commerceSubscriptionNextPayment.js";

/** The `CommerceSubscription` object of the Backend API. */
export interface CommerceSubscription {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "commerce_subscription" | (string & {});
  /** Unique identifier for the commerce subscription. */
  id: string;
  /** The ID of the instance this subscription belongs to. */
  instance_id: string;
  /** The current status of the subscription. */
  status: "active" | "past_due" | "canceled" | "ended" | "abandoned" | "incomplete" | (string & {});
  /** The ID of the payer for this subscription. */
  payer_id: string;
  /** Unix timestamp (milliseconds) of creation. */
  created_at: number;
  /** Unix timestamp (milliseconds) of last update. */
  updated_at: number;
  /** Unix timestamp (milliseconds) when the subscription became active. */
  active_at: number | null;
  /** Unix timestamp (milliseconds) when the subscription became past due. */
  past_due_at: number | null;
  /** Array of subscription items in this subscription. */
  subscription_items: CommerceSubscriptionItem[];
  /** Information about the next scheduled payment. */
  next_payment?: CommerceSubscriptionNextPayment;
  /** Whether the payer is eligible for a free trial. */
  eligible_for_free_trial?: boolean;
}

/** Structural shape of {@link CommerceSubscription}: types, presence and nullability; unknown keys kept. */
export const CommerceSubscription: s.Shape<CommerceSubscription> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  instance_id: s.string,
  status: s.string,
  payer_id: s.string,
  created_at: s.number,
  updated_at: s.number,
  active_at: s.nullable(s.number),
  past_due_at: s.nullable(s.number),
  subscription_items: s.array(CommerceSubscriptionItem),
  next_payment: s.exactOptional(CommerceSubscriptionNextPayment),
  eligible_for_free_trial: s.exactOptional(s.boolean),
});
