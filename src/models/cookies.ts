// Generated from bapi-2026-05-12.yml (components/schemas/Cookies). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `Cookies` object of the Backend API. */
export interface Cookies {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "cookies" | (string & {});
  /** Array of cookie directives. */
  cookies: string[];
}

/** Structural shape of {@link Cookies}: types, presence and nullability; unknown keys kept. */
export const Cookies: s.Shape<Cookies> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  cookies: s.array(s.string),
});
