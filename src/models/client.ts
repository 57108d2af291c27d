// Generated from bapi-2026-05-12.yml (components/schemas/Client). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { Session } from "./session.js";

/** The `Client` object of the Backend API. */
export interface Client {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "client" | (string & {});
  /** String representing the identifier of the session. */
  id: string;
  session_ids: string[];
  sessions: Session[];
  sign_in_id: string | null;
  sign_up_id: string | null;
  /** Last active session_id. */
  last_active_session_id: string | null;
  /** The authentication strategy that was last used to authenticate the user on this client. */
  last_authentication_strategy: string | null;
  /** Unix timestamp of last update. */
  updated_at: number;
  /** Unix timestamp of creation. */
  created_at: number;
}

/** Structural shape of {@link Client}: types, presence and nullability; unknown keys kept. */
export const Client: s.Shape<Client> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  session_ids: s.array(s.string),
  sessions: s.array(Session),
  sign_in_id: s.nullable(s.string),
  sign_up_id: s.nullable(s.string),
  last_active_session_id: s.nullable(s.string),
  last_authentication_strategy: s.nullable(s.string),
  updated_at: s.number,
  created_at: s.number,
});
