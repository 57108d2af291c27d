// Generated from bapi-2026-05-12.yml (components/schemas/Machine). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { MachineWithoutScopedMachines } from "./machineWithoutScopedMachines.js";

/** The `Machine` object of the Backend API. */
export interface Machine {
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
}

/** Structural schema of {@link Machine}: types, presence and nullability; unknown keys kept. */
export const Machine: v.GenericSchema<unknown, Machine> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  name: v.string(),
  instance_id: v.string(),
  created_at: v.number(),
  updated_at: v.number(),
  default_token_ttl: v.exactOptional(v.number()),
  scoped_machines: v.array(MachineWithoutScopedMachines),
});
