// Generated from bapi-2026-05-12.yml (components/schemas/AdjustCreditBalanceRequest). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `AdjustCreditBalanceRequest` object of the Backend API. */
export interface AdjustCreditBalanceRequest {
  /** The credit amount in cents. Must be greater than zero. */
  amount: number;
  /** Whether to increase or decrease the credit balance. */
  action: "increase" | "decrease";
  /** The currency code (e.g. "USD"). Defaults to USD if not provided. */
  currency?: string;
  /** A unique key to ensure the adjustment is applied only once. Repeated requests with the same key return the original ledger entry. */
  idempotency_key: string;
  /** An optional note to attach to the ledger entry. */
  note?: string;
}

/** Structural shape of {@link AdjustCreditBalanceRequest}: types, presence and nullability; unknown keys kept. */
export const AdjustCreditBalanceRequest: s.Shape<AdjustCreditBalanceRequest> = /*#__PURE__*/ s.looseObject({
  amount: s.number,
  action: s.picklist(["increase","decrease"]),
  currency: s.exactOptional(s.string),
  idempotency_key: s.string,
  note: s.exactOptional(s.string),
});
