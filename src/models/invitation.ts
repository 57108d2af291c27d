// Generated from bapi-2026-05-12.yml (components/schemas/Invitation). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `Invitation` object of the Backend API. */
export interface Invitation {
  object: "invitation" | (string & {});
  id: string;
  email_address: string;
  public_metadata: Record<string, unknown>;
  revoked?: boolean;
  status: "pending" | "accepted" | "revoked" | "expired" | (string & {});
  url?: string;
  /** Unix timestamp of expiration. */
  expires_at?: number | null;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
}

/** Structural shape of {@link Invitation}: types, presence and nullability; unknown keys kept. */
export const Invitation: s.Shape<Invitation> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  email_address: s.string,
  public_metadata: s.looseObject({}),
  revoked: s.exactOptional(s.boolean),
  status: s.string,
  url: s.exactOptional(s.string),
  expires_at: s.exactOptional(s.nullable(s.number)),
  created_at: s.number,
  updated_at: s.number,
});
