// Generated from bapi-2026-05-12.yml (components/schemas/Token). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `Token` object of the Backend API. */
export interface Token {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "token" | (string & {});
  /** String representing the encoded JSON Web Token (JWT) value. */
  jwt: string;
}

/** Structural shape of {@link Token}: types, presence and nullability; unknown keys kept. */
export const Token: s.Shape<Token> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  jwt: s.string,
});
