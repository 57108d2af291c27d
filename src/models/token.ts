// Generated from bapi-2026-05-12.yml (components/schemas/Token). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `Token` object of the Backend API. */
export interface Token {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "token" | (string & {});
  /** String representing the encoded JSON Web Token (JWT) value. */
  jwt: string;
}

/** Structural schema of {@link Token}: types, presence and nullability; unknown keys kept. */
export const Token: v.GenericSchema<unknown, Token> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  jwt: v.string(),
});
