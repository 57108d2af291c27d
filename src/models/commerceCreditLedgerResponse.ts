// Generated from bapi-2026-05-12.yml (components/schemas/CommerceCreditLedgerResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";

/** The `CommerceCreditLedgerResponse` object of the Backend API. */
export interface CommerceCreditLedgerResponse {
  /** String representing the object's type. Always "commerce_credit_ledger". */
  object: string;
  /** Unique identifier for the ledger entry. */
  id: string;
  /** The ID of the payer whose balance was adjusted. */
  payer_id: string;
  /** The credit amount with formatting. Positive for increases, negative for decreases. */
  amount: CommerceMoneyResponse;
  /** The type of source that originated the adjustment (e.g. "grant"). */
  source_type: string;
  /** The ID of the source that originated the adjustment. */
  source_id: string;
  /** An optional note attached to the ledger entry. */
  note?: string | null;
  /** Timestamp when the ledger entry was created. */
  created_at: string;
}

/** Structural schema of {@link CommerceCreditLedgerResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceCreditLedgerResponse: v.GenericSchema<unknown, CommerceCreditLedgerResponse> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  payer_id: v.string(),
  amount: CommerceMoneyResponse,
  source_type: v.string(),
  source_id: v.string(),
  note: v.exactOptional(v.nullable(v.string())),
  created_at: v.string(),
});
