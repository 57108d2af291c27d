// Generated from bapi-2026-05-12.yml (components/schemas/ActorToken). Do not edit: change codegen/ instead.
import * as v from "valibot";

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

/** Structural schema of {@link ActorToken}: types, presence and nullability; unknown keys kept. */
export const ActorToken: v.GenericSchema<unknown, ActorToken> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  status: v.string(),
  user_id: v.string(),
  actor: v.looseObject({}),
  token: v.exactOptional(v.string()),
  url: v.exactOptional(v.string()),
  created_at: v.number(),
  updated_at: v.number(),
});
