// Generated from bapi-2026-05-12.yml (components/schemas/CommerceSubscriptionItemNextPaymentResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";
import { CommercePerUnitTotal } from "./commercePerUnitTotal.js";
import { CommerceTotalsResponse } from "./commerceTotalsResponse.js";

/** The `CommerceSubscriptionItemNextPaymentResponse` object of the Backend API. */
export interface CommerceSubscriptionItemNextPaymentResponse {
  /** Base plan fee for the next payment. Does not include per-unit (e.g. seat) charges; see `totals.grand_total` for the full amount. */
  amount?: CommerceMoneyResponse | null;
  /** Unix timestamp (in milliseconds) for the next payment date. */
  date?: number | null;
  /** Per-unit total breakdown (for example, seats) for the next payment. */
  per_unit_totals?: CommercePerUnitTotal[];
  /** Breakdown of the recurring amount that will be billed at renewal (base fee + per-unit charges). Tax and credits are not previewed. */
  totals?: CommerceTotalsResponse | null;
}

/** Structural shape of {@link CommerceSubscriptionItemNextPaymentResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceSubscriptionItemNextPaymentResponse: s.Shape<CommerceSubscriptionItemNextPaymentResponse> = /*#__PURE__*/ s.looseObject({
  amount: s.exactOptional(s.nullable(CommerceMoneyResponse)),
  date: s.exactOptional(s.nullable(s.number)),
  per_unit_totals: s.exactOptional(s.array(CommercePerUnitTotal)),
  totals: s.exactOptional(s.nullable(CommerceTotalsResponse)),
});
