// Generated from bapi-2026-05-12.yml (UpdateMachine). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Machine } from "../models/machine.js";

/** The request of {@link machinesUpdate}: path, query and body keys by their wire names. */
export interface MachinesUpdateRequest {
  /** The ID of the machine to update */
  machine_id: string;
  /** The name of the machine */
  name?: string;
  /** The default time-to-live (TTL) in seconds for tokens created by this machine. Must be at least 1 second. */
  default_token_ttl?: number;
}

const op: Operation<Machine> = {
  id: "UpdateMachine",
  method: "PATCH",
  path: "/machines/{machine_id}",
  body: { name: "s", default_token_ttl: "i" },
  response: Machine,
};

/**
 * Update a machine
 *
 * Updates an existing machine.
 * Only the provided fields will be updated.
 *
 * `PATCH /machines/{machine_id}` · documented errors: 400, 401, 403, 404, 422
 */
export function machinesUpdate(
  core: ClerkCore,
  request: MachinesUpdateRequest,
  options?: CallOptions,
): Promise<Result<Machine, CallError<400 | 401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
