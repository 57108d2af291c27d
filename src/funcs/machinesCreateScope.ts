// Generated from bapi-2026-05-12.yml (CreateMachineScope). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { MachineScope } from "../models/machineScope.js";

/** The request of {@link machinesCreateScope}: path, query and body keys by their wire names. */
export interface MachinesCreateScopeRequest {
  /** The ID of the machine that will have access to another machine */
  machine_id: string;
  /** The ID of the machine that will be scoped to the current machine */
  to_machine_id: string;
}

const op: Operation<MachineScope> = {
  id: "CreateMachineScope",
  method: "POST",
  path: "/machines/{machine_id}/scopes",
  body: { to_machine_id: "s!" },
  response: MachineScope,
};

/**
 * Create a machine scope
 *
 * Creates a new machine scope, allowing the specified machine to access another machine.
 * Maximum of 150 scopes per machine.
 *
 * `POST /machines/{machine_id}/scopes` · documented errors: 400, 401, 403, 404, 409, 422
 */
export function machinesCreateScope(
  core: ClerkCore,
  request: MachinesCreateScopeRequest,
  options?: CallOptions,
): Promise<Result<MachineScope, CallError<400 | 401 | 403 | 404 | 409 | 422>>> {
  return call(core, op, request, options);
}
