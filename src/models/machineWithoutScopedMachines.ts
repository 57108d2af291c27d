// Generated from bapi-2026-05-12.yml (components/schemas/MachineWithoutScopedMachines). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `MachineWithoutScopedMachines` object of the Backend API. */
export interface MachineWithoutScopedMachines {
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
}

/** Structural shape of {@link MachineWithoutScopedMachines}: types, presence and nullability; unknown keys kept. */
export const MachineWithoutScopedMachines: s.Shape<MachineWithoutScopedMachines> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  name: s.string,
  instance_id: s.string,
  created_at: s.number,
  updated_at: s.number,
  default_token_ttl: s.exactOptional(s.number),
});
