// Generated from bapi-2026-05-12.yml (GetMachine). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Machine } from "../models/machine.js";

/** The request of {@link machinesGet}: path, query and body keys by their wire names. */
export interface MachinesGetRequest {
  /** The ID of the machine to retrieve */
  machine_id: string;
}

const op: Operation<Machine> = {
  id: "GetMachine",
  method: "GET",
  path: "/machines/{machine_id}",
  response: Machine,
};

/**
 * Retrieve a machine
 *
 * Returns the details of a machine.
 *
 * `GET /machines/{machine_id}` · documented errors: 400, 401, 403, 404, 422
 */
export function machinesGet(
  core: ClerkCore,
  request: MachinesGetRequest,
  options?: CallOptions,
): Promise<Result<Machine, CallError<400 | 401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
