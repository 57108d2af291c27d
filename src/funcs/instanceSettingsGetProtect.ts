// Generated from bapi-2026-05-12.yml (GetInstanceProtect). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import type { EmptyRequest } from "../core/request.js";
import { InstanceProtect } from "../models/instanceProtect.js";

const op: Operation<InstanceProtect> = {
  id: "GetInstanceProtect",
  method: "GET",
  path: "/instance/protect",
  response: InstanceProtect,
};

/**
 * Get instance protect settings
 *
 * `GET /instance/protect`
 */
export function instanceSettingsGetProtect(
  core: ClerkCore,
  request?: EmptyRequest,
  options?: CallOptions,
): Promise<Result<InstanceProtect, CallError<never>>> {
  return call(core, op, request, options);
}
