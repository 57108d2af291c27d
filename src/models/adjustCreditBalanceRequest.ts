// Generated from bapi-2026-05-12.yml (components/schemas/AdjustCreditBalanceRequest). Do not edit: change codegen/ instead.
import * as v from "valibot";

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

/** Structural schema of {@link AdjustCreditBalanceRequest}: types, presence and nullability; unknown keys kept. */
export const AdjustCreditBalanceRequest: v.GenericSchema<unknown, AdjustCreditBalanceRequest> = /*#__PURE__*/ v.looseObject({
  amount: v.number(),
  action: v.picklist(["increase","decrease"]),
  currency: v.exactOptional(v.string()),
  idempotency_key: v.string(),
  note: v.exactOptional(v.string()),
});
