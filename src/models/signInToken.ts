// Generated from bapi-2026-05-12.yml (components/schemas/SignInToken). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `SignInToken` object of the Backend API. */
export interface SignInToken {
  object: "sign_in_token" | (string & {});
  id: string;
  status: "pending" | "accepted" | "revoked" | (string & {});
  user_id: string;
  token?: string;
  url?: string | null;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
}

/** Structural schema of {@link SignInToken}: types, presence and nullability; unknown keys kept. */
export const SignInToken: v.GenericSchema<unknown, SignInToken> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  status: v.string(),
  user_id: v.string(),
  token: v.exactOptional(v.string()),
  url: v.exactOptional(v.nullable(v.string())),
  created_at: v.number(),
  updated_at: v.number(),
});
