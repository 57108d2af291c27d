// Generated from bapi-2026-05-12.yml (components/schemas/CommerceSubscriptionNextPayment). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { CommerceItemPerUnitTotal } from "./commerceItemPerUnitTotal.js";
import { CommerceItemTotalsResponse } from "./commerceItemTotalsResponse.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";

/** The `CommerceSubscriptionNextPayment` object of the Backend API. */
export interface CommerceSubscriptionNextPayment {
  /** Unix timestamp (milliseconds) of the next payment date. */
  date: number;
  /** The base plan fee for the next payment. Does not include per-unit charges; see `totals.grand_total` for the full amount. */
  amount: CommerceMoneyResponse;
  /** Per-unit total breakdown (for example, seats) for the next payment. */
  per_unit_totals?: CommerceItemPerUnitTotal[];
  /** Breakdown of the recurring amount that will be billed at renewal (base fee + per-unit charges). Tax and credits are not previewed. */
  totals?: CommerceItemTotalsResponse | null;
}

/** Structural shape of {@link CommerceSubscriptionNextPayment}: types, presence and nullability; unknown keys kept. */
export const CommerceSubscriptionNextPayment: s.Shape<CommerceSubscriptionNextPayment> = /*#__PURE__*/ s.looseObject({
  date: s.number,
  amount: CommerceMoneyResponse,
  per_unit_totals: s.exactOptional(s.array(CommerceItemPerUnitTotal)),
  totals: s.exactOptional(s.nullable(CommerceItemTotalsResponse)),
});
