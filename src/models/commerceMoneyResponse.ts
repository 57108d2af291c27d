// Generated from bapi-2026-05-12.yml (components/schemas/CommerceMoneyResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

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

/** Structural shape of {@link CommerceMoneyResponse}: types, presence and nullability; unknown keys kept. */
export const CommerceMoneyResponse: s.Shape<CommerceMoneyResponse> = /*#__PURE__*/ s.looseObject({
  amount: s.number,
  amount_formatted: s.string,
  currency: s.string,
  currency_symbol: s.string,
});
