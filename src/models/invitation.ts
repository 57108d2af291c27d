// Generated from bapi-2026-05-12.yml (components/schemas/Invitation). Do not edit: change codegen/ instead.
import * as v from "valibot";

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

/** Structural schema of {@link Invitation}: types, presence and nullability; unknown keys kept. */
export const Invitation: v.GenericSchema<unknown, Invitation> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  email_address: v.string(),
  public_metadata: v.looseObject({}),
  revoked: v.exactOptional(v.boolean()),
  status: v.string(),
  url: v.exactOptional(v.string()),
  expires_at: v.exactOptional(v.nullable(v.number())),
  created_at: v.number(),
  updated_at: v.number(),
});
