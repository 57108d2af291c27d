// Generated from bapi-2026-05-12.yml (ListBlocklistIdentifiers). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import type { EmptyRequest } from "../core/request.js";
import { BlocklistIdentifiers } from "../models/blocklistIdentifiers.js";

const op: Operation<BlocklistIdentifiers> = {
  id: "ListBlocklistIdentifiers",
  method: "GET",
  path: "/blocklist_identifiers",
  response: BlocklistIdentifiers,
};

/**
 * List all identifiers on the block-list
 *
 * Get a list of all identifiers which are not allowed to access an instance
 *
 * `GET /blocklist_identifiers` · documented errors: 401, 402
 */
export function blocklistIdentifiersList(
  core: ClerkCore,
  request?: EmptyRequest,
  options?: CallOptions,
): Promise<Result<BlocklistIdentifiers, CallError<401 | 402>>> {
  return call(core, op, request, options);
}
