// Generated from bapi-2026-05-12.yml (components/schemas/CommerceMoneyResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `CommerceMoneyResponse` object of the Backend API. */
export interface CommerceMoneyResponse {
  /** The amount in cents. */
  amount: number;
  /** The formatted amount as a string (e.g., "$49.99"). */
  amount_formatted: string;
  /** The currency code (e.g., "USD"). */
  currency: string;
  /** The currency symbol (e.g., "$"). */
  currency_symbol: string;
}

/** Structural schema of {@link CommerceMoneyResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceMoneyResponse: v.GenericSchema<unknown, CommerceMoneyResponse> = /*#__PURE__*/ v.looseObject({
  amount: v.number(),
  amount_formatted: v.string(),
  currency: v.string(),
  currency_symbol: v.string(),
});
