// Generated from bapi-2026-05-12.yml (GetMachineSecretKey). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link machinesGetSecretKey}: path, query and body keys by their wire names. */
export interface MachinesGetSecretKeyRequest {
  /** The ID of the machine to retrieve the secret key for */
  machine_id: string;
}

/** What {@link machinesGetSecretKey} returns. */
export interface MachinesGetSecretKeyResponse {
  /** String representing the object's type. */
  object: "machine_secret_key" | (string & {});
  /** The secret key for the machine. */
  secret: string;
}

const op: Operation<MachinesGetSecretKeyResponse> = {
  id: "GetMachineSecretKey",
  method: "GET",
  path: "/machines/{machine_id}/secret_key",
  response: /*#__PURE__*/ s.looseObject({
    object: s.string,
    secret: s.string,
  }),
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
): Promise<Result<MachinesGetSecretKeyResponse, CallError<400 | 401 | 403 | 404>>> {
  return call(core, op, request, options);
}
