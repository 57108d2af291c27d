// Generated from bapi-2026-05-12.yml (components/schemas/InstanceCommunication). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** Per-instance SMS communication settings, including the SMS country blocklist. */
export interface InstanceCommunication {
  object: "instance_communication" | (string & {});
  /** ISO 3166-1 alpha-2 country codes that are blocked for SMS delivery on this instance. Codes that aren't recognized are silently dropped. */
  blocked_country_codes: string[];
}

/** Structural shape of {@link InstanceCommunication}: types, presence and nullability; unknown keys kept. */
export const InstanceCommunication: s.Shape<InstanceCommunication> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  blocked_country_codes: s.array(s.string),
});
