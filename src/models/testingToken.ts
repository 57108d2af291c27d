// Generated from bapi-2026-05-12.yml (components/schemas/TestingToken). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `TestingToken` object of the Backend API. */
export interface TestingToken {
  object: "testing_token" | (string & {});
  /** The actual token. This value is meant to be passed in the `__clerk_testing_token` query parameter with requests to the Frontend API. */
  token: string;
  /** Unix timestamp of the token's expiration time. */
  expires_at: number;
}

/** Structural schema of {@link TestingToken}: types, presence and nullability; unknown keys kept. */
export const TestingToken: v.GenericSchema<unknown, TestingToken> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  token: v.string(),
  expires_at: v.number(),
});
