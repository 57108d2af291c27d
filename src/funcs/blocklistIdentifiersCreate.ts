// Generated from bapi-2026-05-12.yml (CreateBlocklistIdentifier). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { BlocklistIdentifier } from "../models/blocklistIdentifier.js";

/** The request of {@link blocklistIdentifiersCreate}: path, query and body keys by their wire names. */
export interface BlocklistIdentifiersCreateRequest {
  /**
   * The identifier to be added in the block-list.
   * This can be an email address, a phone number, or a web3 wallet.
   */
  identifier: string;
}

const op: Operation<BlocklistIdentifier> = {
  id: "CreateBlocklistIdentifier",
  method: "POST",
  path: "/blocklist_identifiers",
  body: { identifier: "s!" },
  response: BlocklistIdentifier,
};

/**
 * Add identifier to the block-list
 *
 * Create an identifier that is blocked from accessing an instance
 *
 * `POST /blocklist_identifiers` · documented errors: 400, 402, 422
 */
export function blocklistIdentifiersCreate(
  core: ClerkCore,
  request: BlocklistIdentifiersCreateRequest,
  options?: CallOptions,
): Promise<Result<BlocklistIdentifier, CallError<400 | 402 | 422>>> {
  return call(core, op, request, options);
}
