// Generated from bapi-2026-05-12.yml (components/schemas/CommerceSubscriptionNextPayment). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";
import { CommercePerUnitTotal2 } from "./commercePerUnitTotal2.js";
import { CommerceTotalsResponse2 } from "./commerceTotalsResponse2.js";

/** The `CommerceSubscriptionNextPayment` object of the Backend API. */
export interface CommerceSubscriptionNextPayment {
  /** Unix timestamp (milliseconds) of the next payment date. */
  date: number;
  /** The base plan fee for the next payment. Does not include per-unit charges; see `totals.grand_total` for the full amount. */
  amount: CommerceMoneyResponse;
  /** Per-unit total breakdown (for example, seats) for the next payment. */
  per_unit_totals?: CommercePerUnitTotal2[];
  /** Breakdown of the recurring amount that will be billed at renewal (base fee + per-unit charges). Tax and credits are not previewed. */
  totals?: CommerceTotalsResponse2 | null;
}

/** Structural schema of {@link CommerceSubscriptionNextPayment}: types, presence and nullability; unknown keys kept. */
export const CommerceSubscriptionNextPayment: v.GenericSchema<unknown, CommerceSubscriptionNextPayment> = /*#__PURE__*/ v.looseObject({
  date: v.number(),
  amount: CommerceMoneyResponse,
  per_unit_totals: v.exactOptional(v.array(CommercePerUnitTotal2)),
  totals: v.exactOptional(v.nullable(CommerceTotalsResponse2)),
});
