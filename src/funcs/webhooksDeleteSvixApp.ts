// Generated from bapi-2026-05-12.yml (DeleteSvixApp). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import type { EmptyRequest } from "../core/request.js";

const op: Operation<undefined> = {
  id: "DeleteSvixApp",
  method: "DELETE",
  path: "/webhooks/svix",
};

/**
 * Delete a Svix app
 *
 * Delete a Svix app and disassociate it from the current instance
 *
 * `DELETE /webhooks/svix` · documented errors: 400
 */
export function webhooksDeleteSvixApp(
  core: ClerkCore,
  request?: EmptyRequest,
  options?: CallOptions,
): Promise<Result<undefined, CallError<400, false>>> {
  return call(core, op, request, options);
}
