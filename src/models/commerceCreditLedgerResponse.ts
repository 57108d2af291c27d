// Generated from bapi-2026-05-12.yml (components/schemas/CommerceCreditLedgerResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
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

/** Structural shape of {@link CommerceCreditLedgerResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceCreditLedgerResponse: s.Shape<CommerceCreditLedgerResponse> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  payer_id: s.string,
  amount: CommerceMoneyResponse,
  source_type: s.string,
  source_id: s.string,
  note: s.exactOptional(s.nullable(s.string)),
  created_at: s.string,
});
