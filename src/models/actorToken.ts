// Generated from bapi-2026-05-12.yml (components/schemas/ActorToken). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `ActorToken` object of the Backend API. */
export interface ActorToken {
  object: "actor_token" | (string & {});
  id: string;
  status: "pending" | "accepted" | "revoked" | (string & {});
  user_id: string;
  actor: Record<string, unknown>;
  token?: string;
  url?: string;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
}

/** Structural shape of {@link ActorToken}: types, presence and nullability; unknown keys kept. */
export const ActorToken: s.Shape<ActorToken> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  status: s.string,
  user_id: s.string,
  actor: s.looseObject({}),
  token: s.exactOptional(s.string),
  url: s.exactOptional(s.string),
  created_at: s.number,
  updated_at: s.number,
});
