// Generated from bapi-2026-05-12.yml (UpdateInstanceRestrictions). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { InstanceRestrictions } from "../models/instanceRestrictions.js";

/** The request of {@link instanceSettingsUpdateRestrictions}: path, query and body keys by their wire names. */
export interface InstanceSettingsUpdateRestrictionsRequest {
  allowlist?: boolean | null;
  blocklist?: boolean | null;
  allowlist_blocklist_disabled_on_sign_in?: boolean | null;
  block_email_subaddresses?: boolean | null;
  block_disposable_email_domains?: boolean | null;
}

const op: Operation<InstanceRestrictions> = {
  id: "UpdateInstanceRestrictions",
  method: "PATCH",
  path: "/instance/restrictions",
  body: { allowlist: "b?", blocklist: "b?", allowlist_blocklist_disabled_on_sign_in: "b?", block_email_subaddresses: "b?", block_disposable_email_domains: "b?" },
  response: InstanceRestrictions,
};

/**
 * Update instance restrictions
 *
 * Updates the restriction settings of an instance
 *
 * `PATCH /instance/restrictions` · documented errors: 402, 422
 */
export function instanceSettingsUpdateRestrictions(
  core: ClerkCore,
  request?: InstanceSettingsUpdateRestrictionsRequest,
  options?: CallOptions,
): Promise<Result<InstanceRestrictions, CallError<402 | 422>>> {
  return call(core, op, request, options);
}
