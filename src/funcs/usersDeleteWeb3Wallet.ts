// Generated from bapi-2026-05-12.yml (UserWeb3WalletDelete). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DeletedObject } from "../models/deletedObject.js";

/** The request of {@link usersDeleteWeb3Wallet}: path, query and body keys by their wire names. */
export interface UsersDeleteWeb3WalletRequest {
  /** The ID of the user that owns the web3 wallet */
  user_id: string;
  /** The ID of the web3 wallet identity to be deleted */
  web3_wallet_identification_id: string;
}

const op: Operation<DeletedObject> = {
  id: "UserWeb3WalletDelete",
  method: "DELETE",
  path: "/users/{user_id}/web3_wallets/{web3_wallet_identification_id}",
  response: DeletedObject,
};

/**
 * Delete a user web3 wallet
 *
 * Delete the web3 wallet identification for a given user.
 *
 * `DELETE /users/{user_id}/web3_wallets/{web3_wallet_identification_id}` · documented errors: 400, 403, 404, 500
 */
export function usersDeleteWeb3Wallet(
  core: ClerkCore,
  request: UsersDeleteWeb3WalletRequest,
  options?: CallOptions,
): Promise<Result<DeletedObject, CallError<400 | 403 | 404 | 500>>> {
  return call(core, op, request, options);
}
