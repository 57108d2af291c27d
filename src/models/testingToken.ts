// Generated from bapi-2026-05-12.yml (components/schemas/TestingToken). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `TestingToken` object of the Backend API. */
export interface TestingToken {
  object: "testing_token" | (string & {});
  /** The actual token. This value is meant to be passed in the `__clerk_testing_token` query parameter with requests to the Frontend API. */
  token: string;
  /** Unix timestamp of the token's expiration time. */
  expires_at: number;
}

/** Structural shape of {@link TestingToken}: types, presence and nullability; unknown keys kept. */
export const TestingToken: s.Shape<TestingToken> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  token: s.string,
  expires_at: s.number,
});
