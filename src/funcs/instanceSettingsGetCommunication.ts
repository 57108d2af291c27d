// Generated from bapi-2026-05-12.yml (GetInstanceCommunication). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import type { EmptyRequest } from "../core/request.js";
import { InstanceCommunication } from "../models/instanceCommunication.js";

const op: Operation<InstanceCommunication> = {
  id: "GetInstanceCommunication",
  method: "GET",
  path: "/instance/communication",
  response: InstanceCommunication,
};

/**
 * Get instance communication settings
 *
 * Retrieves the per-instance SMS communication settings, including the SMS country blocklist.
 *
 * `GET /instance/communication`
 */
export function instanceSettingsGetCommunication(
  core: ClerkCore,
  request?: EmptyRequest,
  options?: CallOptions,
): Promise<Result<InstanceCommunication, CallError<never>>> {
  return call(core, op, request, options);
}
