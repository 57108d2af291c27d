// Generated from bapi-2026-05-12.yml (components/schemas/SAMLConnectionLoginHint). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** Configuration for the login_hint sent to the IdP on SSO sign-in */
export interface SAMLConnectionLoginHint {
  /** Controls the login_hint sent to the IdP on SSO sign-in */
  mode: "email_address" | "custom_attribute" | "off" | (string & {});
  /** The user public_metadata key whose value is sent as the login_hint when mode is custom_attribute */
  source?: string;
}

/** Structural shape of {@link SAMLConnectionLoginHint}: types, presence and nullability; unknown keys kept. */
export const SAMLConnectionLoginHint: s.Shape<SAMLConnectionLoginHint> = /*#__PURE__*/ s.looseObject({
  mode: s.string,
  source: s.exactOptional(s.string),
});
