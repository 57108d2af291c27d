// Generated from bapi-2026-05-12.yml (components/schemas/InstanceProtect). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `InstanceProtect` object of the Backend API. */
export interface InstanceProtect {
  object: "instance_protect" | (string & {});
  rules_enabled: boolean;
  specter_enabled: boolean;
  /** Whether the instance has opted out of the Protect prerequisite checks, asserting its setup already meets the requirements. */
  checks_bypassed: boolean;
}

/** Structural shape of {@link InstanceProtect}: types, presence and nullability; unknown keys kept. */
export const InstanceProtect: s.Shape<InstanceProtect> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  rules_enabled: s.boolean,
  specter_enabled: s.boolean,
  checks_bypassed: s.boolean,
});
