// Generated from bapi-2026-05-12.yml (GetMachineSecretKey). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { MachineSecretKey } from "../models/machineSecretKey.js";

/** The request of {@link machinesGetSecretKey}: path, query and body keys by their wire names. */
export interface MachinesGetSecretKeyRequest {
  /** The ID of the machine to retrieve the secret key for */
  machine_id: string;
}

/** What {@link machinesGetSecretKey} returns: the shared {@link MachineSecretKey} model. */
export type MachinesGetSecretKeyResponse = MachineSecretKey;

const op: Operation<MachineSecretKey> = {
  id: "GetMachineSecretKey",
  method: "GET",
  path: "/machines/{machine_id}/secret_key",
  response: MachineSecretKey,
};

/**
 * Retrieve a machine secret key
 *
 * Returns the secret key for a machine.
 *
 * `GET /machines/{machine_id}/secret_key` · documented errors: 400, 401, 403, 404
 */
export function machinesGetSecretKey(
  core: ClerkCore,
  request: MachinesGetSecretKeyRequest,
  options?: CallOptions,
): Promise<Result<MachineSecretKey, CallError<400 | 401 | 403 | 404>>> {
  return call(core, op, request, options);
}
