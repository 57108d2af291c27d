// Generated from bapi-2026-05-12.yml (GetInstance). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import type { EmptyRequest } from "../core/request.js";
import { Instance } from "../models/instance.js";

const op: Operation<Instance> = {
  id: "GetInstance",
  method: "GET",
  path: "/instance",
  response: Instance,
};

/**
 * Fetch the current instance
 *
 * Fetches the current instance
 *
 * `GET /instance`
 */
export function instanceSettingsGet(
  core: ClerkCore,
  request?: EmptyRequest,
  options?: CallOptions,
): Promise<Result<Instance, CallError<never>>> {
  return call(core, op, request, options);
}
