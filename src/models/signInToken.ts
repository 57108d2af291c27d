// Generated from bapi-2026-05-12.yml (components/schemas/SignInToken). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

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

/** Structural shape of {@link SignInToken}: types, presence and nullability; unknown keys kept. */
export const SignInToken: s.Shape<SignInToken> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  status: s.string,
  user_id: s.string,
  token: s.exactOptional(s.string),
  url: s.exactOptional(s.nullable(s.string)),
  created_at: s.number,
  updated_at: s.number,
});
