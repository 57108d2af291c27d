// Generated from bapi-2026-05-12.yml (components/schemas/Cookies). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `Cookies` object of the Backend API. */
export interface Cookies {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "cookies" | (string & {});
  /** Array of cookie directives. */
  cookies: string[];
}

/** Structural schema of {@link Cookies}: types, presence and nullability; unknown keys kept. */
export const Cookies: v.GenericSchema<unknown, Cookies> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  cookies: v.array(v.string()),
});
