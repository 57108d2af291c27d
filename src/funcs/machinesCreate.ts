// Generated from bapi-2026-05-12.yml (CreateMachine). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";
import { MachineWithoutScopedMachines } from "../models/machineWithoutScopedMachines.js";

/** The request of {@link machinesCreate}: path, query and body keys by their wire names. */
export interface MachinesCreateRequest {
  /** The name of the machine */
  name: string;
  /** Array of machine IDs that this machine will have access to. Maximum of 150 scopes per machine. */
  scoped_machines?: string[];
  /** The default time-to-live (TTL) in seconds for tokens created by this machine. Must be at least 1 second. */
  default_token_ttl?: number;
}

/** What {@link machinesCreate} returns. */
export interface MachinesCreateResponse {
  object: "machine" | (string & {});
  /** Unique identifier for the machine. */
  id: string;
  /** The name of the machine. */
  name: string;
  /** The ID of the instance this machine belongs to. */
  instance_id: string;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
  /** The default time-to-live (TTL) in seconds for tokens created by this machine. */
  default_token_ttl?: number;
  /** Array of machines this machine has access to. */
  scoped_machines: MachineWithoutScopedMachines[];
  /** The secret key for the machine, only returned upon creation. */
  secret_key: string;
}

const op: Operation<MachinesCreateResponse> = {
  id: "CreateMachine",
  method: "POST",
  path: "/machines",
  body: { name: "s!", scoped_machines: "s[]", default_token_ttl: "i" },
  response: /*#__PURE__*/ s.looseObject({
    object: s.string,
    id: s.string,
    name: s.string,
    instance_id: s.string,
    created_at: s.number,
    updated_at: s.number,
    default_token_ttl: s.exactOptional(s.number),
    scoped_machines: s.array(MachineWithoutScopedMachines),
    secret_key: s.string,
  }),
};

/**
 * Create a machine
 *
 * Creates a new machine.
 *
 * `POST /machines` · documented errors: 400, 401, 403, 422
 */
export function machinesCreate(
  core: ClerkCore,
  request: MachinesCreateRequest,
  options?: CallOptions,
): Promise<Result<MachinesCreateResponse, CallError<400 | 401 | 403 | 422>>> {
  return call(core, op, request, options);
}
