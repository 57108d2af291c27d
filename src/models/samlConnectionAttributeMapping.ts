// Generated from bapi-2026-05-12.yml (components/schemas/SAMLConnectionAttributeMapping). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `SAMLConnectionAttributeMapping` object of the Backend API. */
export interface SAMLConnectionAttributeMapping {
  user_id: string;
  email_address: string;
  first_name: string;
  last_name: string;
}

/** Structural shape of {@link SAMLConnectionAttributeMapping}: types, presence and nullability; unknown keys kept. */
export const SAMLConnectionAttributeMapping: s.Shape<SAMLConnectionAttributeMapping> = /*#__PURE__*/ s.looseObject({
  user_id: s.string,
  email_address: s.string,
  first_name: s.string,
  last_name: s.string,
});
