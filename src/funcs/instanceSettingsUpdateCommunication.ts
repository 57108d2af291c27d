// Generated from bapi-2026-05-12.yml (UpdateInstanceCommunication). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { InstanceCommunication } from "../models/instanceCommunication.js";

/** The request of {@link instanceSettingsUpdateCommunication}: path, query and body keys by their wire names. */
export interface InstanceSettingsUpdateCommunicationRequest {
  /** ISO 3166-1 alpha-2 country codes to block for SMS delivery. Whole-list replacement. Codes must be uppercase, 2-letter, and unique within the array. */
  blocked_country_codes?: string[] | null;
}

const op: Operation<InstanceCommunication> = {
  id: "UpdateInstanceCommunication",
  method: "PATCH",
  path: "/instance/communication",
  body: { blocked_country_codes: "s[]?" },
  response: InstanceCommunication,
};

/**
 * Update instance communication settings
 *
 * Replaces the SMS country blocklist for this instance. Pass the full set of ISO 3166-1
 * alpha-2 country codes that should be blocked; codes that aren't recognized as SMS-tier
 * countries are silently dropped from the persisted list. Omitting `blocked_country_codes`
 * is a no-op.
 *
 * `PATCH /instance/communication` · documented errors: 422
 */
export function instanceSettingsUpdateCommunication(
  core: ClerkCore,
  request?: InstanceSettingsUpdateCommunicationRequest,
  options?: CallOptions,
): Promise<Result<InstanceCommunication, CallError<422>>> {
  return call(core, op, request, options);
}
