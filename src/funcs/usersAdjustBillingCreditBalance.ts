// Generated from bapi-2026-05-12.yml (AdjustUserBillingCreditBalance). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { CommerceCreditLedgerResponse } from "../models/commerceCreditLedgerResponse.js";

/** The request of {@link usersAdjustBillingCreditBalance}: path, query and body keys by their wire names. */
export interface UsersAdjustBillingCreditBalanceRequest {
  /** The ID of the user whose credit balance to adjust */
  user_id: string;
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

const op: Operation<CommerceCreditLedgerResponse> = {
  id: "AdjustUserBillingCreditBalance",
  method: "POST",
  path: "/users/{user_id}/billing/credits",
  body: { amount: "i!", action: "s!", currency: "s", idempotency_key: "s!", note: "s" },
  response: CommerceCreditLedgerResponse,
};

/**
 * Adjust a user's credit balance
 *
 * Increases or decreases the credit balance for the specified user.
 * Each adjustment is recorded as a ledger entry. The idempotency_key parameter
 * ensures that duplicate requests are safely handled.
 *
 * `POST /users/{user_id}/billing/credits` · documented errors: 400, 401, 403, 404, 409, 422, 500
 */
export function usersAdjustBillingCreditBalance(
  core: ClerkCore,
  request: UsersAdjustBillingCreditBalanceRequest,
  options?: CallOptions,
): Promise<Result<CommerceCreditLedgerResponse, CallError<400 | 401 | 403 | 404 | 409 | 422 | 500>>> {
  return call(core, op, request, options);
}
