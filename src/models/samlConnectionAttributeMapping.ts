// Generated from bapi-2026-05-12.yml (components/schemas/SAMLConnectionAttributeMapping). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `SAMLConnectionAttributeMapping` object of the Backend API. */
export interface SAMLConnectionAttributeMapping {
  user_id: string;
  email_address: string;
  first_name: string;
  last_name: string;
}

/** Structural schema of {@link SAMLConnectionAttributeMapping}: types, presence and nullability; unknown keys kept. */
export const SAMLConnectionAttributeMapping: v.GenericSchema<unknown, SAMLConnectionAttributeMapping> = /*#__PURE__*/ v.looseObject({
  user_id: v.string(),
  email_address: v.string(),
  first_name: v.string(),
  last_name: v.string(),
});
