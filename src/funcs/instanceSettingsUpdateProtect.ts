// Generated from bapi-2026-05-12.yml (UpdateInstanceProtect). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { InstanceProtect } from "../models/instanceProtect.js";

/** The request of {@link instanceSettingsUpdateProtect}: path, query and body keys by their wire names. */
export interface InstanceSettingsUpdateProtectRequest {
  rules_enabled?: boolean | null;
  specter_enabled?: boolean | null;
}

const op: Operation<InstanceProtect> = {
  id: "UpdateInstanceProtect",
  method: "PATCH",
  path: "/instance/protect",
  body: { rules_enabled: "b?", specter_enabled: "b?" },
  response: InstanceProtect,
};

/**
 * Update instance protect settings
 *
 * `PATCH /instance/protect` · documented errors: 422
 */
export function instanceSettingsUpdateProtect(
  core: ClerkCore,
  request?: InstanceSettingsUpdateProtectRequest,
  options?: CallOptions,
): Promise<Result<InstanceProtect, CallError<422>>> {
  return call(core, op, request, options);
}
