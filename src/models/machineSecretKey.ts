// Generated from bapi-2026-05-12.yml (the identical inline success response of GetMachineSecretKey, RotateMachineSecretKey). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The answer of `GetMachineSecretKey`, `RotateMachineSecretKey`: one schema the spec declares inline in each, declared once here. */
export interface MachineSecretKey {
  /** String representing the object's type. */
  object: "machine_secret_key" | (string & {});
  /** The secret key for the machine. */
  secret: string;
}

/** Structural shape of {@link MachineSecretKey}: types, presence and nullability; unknown keys kept. */
export const MachineSecretKey: s.Shape<MachineSecretKey> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  secret: s.string,
});
