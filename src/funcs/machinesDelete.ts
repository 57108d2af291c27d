// Generated from bapi-2026-05-12.yml (DeleteMachine). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link machinesDelete}: path, query and body keys by their wire names. */
export interface MachinesDeleteRequest {
  /** The ID of the machine to delete */
  machine_id: string;
}

/** What {@link machinesDelete} returns. */
export interface MachinesDeleteResponse {
  /** String representing the object's type. */
  object: "machine" | (string & {});
  /** The ID of the deleted machine */
  id: string;
  /** Whether the machine was successfully deleted */
  deleted: boolean;
}

const op: Operation<MachinesDeleteResponse> = {
  id: "DeleteMachine",
  method: "DELETE",
  path: "/machines/{machine_id}",
  response: /*#__PURE__*/ s.looseObject({
    object: s.string,
    id: s.string,
    deleted: s.boolean,
  }),
};

/**
 * Delete a machine
 *
 * Deletes a machine.
 *
 * `DELETE /machines/{machine_id}` · documented errors: 400, 401, 403, 404, 422
 */
export function machinesDelete(
  core: ClerkCore,
  request: MachinesDeleteRequest,
  options?: CallOptions,
): Promise<Result<MachinesDeleteResponse, CallError<400 | 401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
