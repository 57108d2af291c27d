// Generated from bapi-2026-05-12.yml (DeleteMachineScope). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link machinesDeleteScope}: path, query and body keys by their wire names. */
export interface MachinesDeleteScopeRequest {
  /** The ID of the machine that has access to another machine */
  machine_id: string;
  /** The ID of the machine that is being accessed */
  other_machine_id: string;
}

/** What {@link machinesDeleteScope} returns. */
export interface MachinesDeleteScopeResponse {
  /** String representing the object's type. */
  object: "machine_scope" | (string & {});
  /** The ID of the machine that had access to the target machine */
  from_machine_id: string;
  /** The ID of the machine that was being accessed */
  to_machine_id: string;
  /** Whether the machine scope was successfully deleted */
  deleted: boolean;
}

const op: Operation<MachinesDeleteScopeResponse> = {
  id: "DeleteMachineScope",
  method: "DELETE",
  path: "/machines/{machine_id}/scopes/{other_machine_id}",
  response: /*#__PURE__*/ s.looseObject({
    object: s.string,
    from_machine_id: s.string,
    to_machine_id: s.string,
    deleted: s.boolean,
  }),
};

/**
 * Delete a machine scope
 *
 * Deletes a machine scope, removing access from one machine to another.
 *
 * `DELETE /machines/{machine_id}/scopes/{other_machine_id}` · documented errors: 400, 401, 403, 404, 422
 */
export function machinesDeleteScope(
  core: ClerkCore,
  request: MachinesDeleteScopeRequest,
  options?: CallOptions,
): Promise<Result<MachinesDeleteScopeResponse, CallError<400 | 401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
