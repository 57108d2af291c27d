// Generated from bapi-2026-05-12.yml (components/schemas/MachineScope). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `MachineScope` object of the Backend API. */
export interface MachineScope {
  object: "machine_scope" | (string & {});
  /** The ID of the machine that has access to the target machine. */
  from_machine_id: string;
  /** The ID of the machine that is being accessed. */
  to_machine_id: string;
  /** Unix timestamp of creation. */
  created_at: number;
}

/** Structural shape of {@link MachineScope}: types, presence and nullability; unknown keys kept. */
export const MachineScope: s.Shape<MachineScope> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  from_machine_id: s.string,
  to_machine_id: s.string,
  created_at: s.number,
});
