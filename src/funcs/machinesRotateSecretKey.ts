// Generated from bapi-2026-05-12.yml (RotateMachineSecretKey). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { MachineSecretKey } from "../models/machineSecretKey.js";

/** The request of {@link machinesRotateSecretKey}: path, query and body keys by their wire names. */
export interface MachinesRotateSecretKeyRequest {
  /** The ID of the machine to rotate the secret key for */
  machine_id: string;
  /**
   * The time in seconds that the previous secret key will remain valid after rotation.
   * This ensures a graceful transition period for updating applications with the new secret key.
   * Set to 0 to immediately expire the previous key. Maximum value is 8 hours (28800 seconds).
   */
  previous_token_ttl: number;
}

/** What {@link machinesRotateSecretKey} returns: the shared {@link MachineSecretKey} model. */
export type MachinesRotateSecretKeyResponse = MachineSecretKey;

const op: Operation<MachineSecretKey> = {
  id: "RotateMachineSecretKey",
  method: "POST",
  path: "/machines/{machine_id}/secret_key/rotate",
  body: { previous_token_ttl: "i!" },
  response: MachineSecretKey,
};

/**
 * Rotate a machine's secret key
 *
 * Rotates the machine's secret key.
 * When the secret key is rotated, make sure to update it in your machine/application.
 * The previous secret key will remain valid for the duration specified by the previous_token_ttl parameter.
 *
 * `POST /machines/{machine_id}/secret_key/rotate` · documented errors: 400, 401, 403, 404, 422
 */
export function machinesRotateSecretKey(
  core: ClerkCore,
  request: MachinesRotateSecretKeyRequest,
  options?: CallOptions,
): Promise<Result<MachineSecretKey, CallError<400 | 401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
