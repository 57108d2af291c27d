// Generated from bapi-2026-05-12.yml (components/schemas/InstanceProtect). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `InstanceProtect` object of the Backend API. */
export interface InstanceProtect {
  object: "instance_protect" | (string & {});
  rules_enabled: boolean;
  specter_enabled: boolean;
  /** Whether the instance has opted out of the Protect prerequisite checks, asserting its setup already meets the requirements. */
  checks_bypassed: boolean;
}

/** Structural schema of {@link InstanceProtect}: types, presence and nullability; unknown keys kept. */
export const InstanceProtect: v.GenericSchema<unknown, InstanceProtect> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  rules_enabled: v.boolean(),
  specter_enabled: v.boolean(),
  checks_bypassed: v.boolean(),
});
