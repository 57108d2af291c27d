// Generated from bapi-2026-05-12.yml (the identical inline success response of CreateSessionToken, CreateSessionTokenFromTemplate). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The answer of `CreateSessionToken`, `CreateSessionTokenFromTemplate`: one schema the spec declares inline in each, declared once here. */
export interface SessionsCreateTokenResponse {
  object?: "token" | (string & {});
  jwt?: string;
}

/** Structural shape of {@link SessionsCreateTokenResponse}: types, presence and nullability; unknown keys kept. */
export const SessionsCreateTokenResponse: s.Shape<SessionsCreateTokenResponse> = /*#__PURE__*/ s.looseObject({
  object: s.exactOptional(s.string),
  jwt: s.exactOptional(s.string),
});
