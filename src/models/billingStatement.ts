// Generated from bapi-2026-05-12.yml (components/schemas/BillingStatement). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { BillingPaymentAttempt } from "./billingPaymentAttempt.js";
import { CommerceMoneyResponse } from "./commerceMoneyResponse.js";
import { CommercePayerResponse } from "./commercePayerResponse.js";

/** The `BillingStatement` object of the Backend API. */
export interface BillingStatement {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "commerce_statement" | (string & {});
  /** Unique identifier for the billing statement. */
  id: string;
  /** The ID of the instance this statement belongs to. */
  instance_id: string;
  /** Unix timestamp (in milliseconds) when the statement was created. */
  timestamp: number;
  /** The payer associated with this statement. */
  payer: CommercePayerResponse;
  /** The current status of the statement. */
  status: "open" | "closed" | (string & {});
  /** Totals for the statement. */
  totals: {
    /** The grand total amount for the statement. */
    grand_total: CommerceMoneyResponse;
    /** The subtotal amount for the statement (base fee + unit price totals). */
    subtotal: CommerceMoneyResponse;
    /** The base plan fee before unit pricing. */
    base_fee: CommerceMoneyResponse;
    /** The tax total amount for the statement. */
    tax_total: CommerceMoneyResponse;
  };
  /** Array of statement groups. */
  groups: {
    /** String representing the object's type. Objects of the same type share the same value. */
    object: "commerce_statement_group" | (string & {});
    /** Unix timestamp (in milliseconds) of the date the group's payment attempts were created */
    timestamp: number;
    /** The payment attempts included in the group */
    items: BillingPaymentAttempt[];
  }[];
}

/** Structural shape of {@link BillingStatement}: types, presence and nullability; unknown keys kept. */
export const BillingStatement: s.Shape<BillingStatement> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  instance_id: s.string,
  timestamp: s.number,
  payer: CommercePayerResponse,
  status: s.string,
  totals: s.looseObject({
    grand_total: CommerceMoneyResponse,
    subtotal: CommerceMoneyResponse,
    base_fee: CommerceMoneyResponse,
    tax_total: CommerceMoneyResponse,
  }),
  groups: s.array(s.looseObject({
    object: s.string,
    timestamp: s.number,
    items: s.array(BillingPaymentAttempt),
  })),
});
