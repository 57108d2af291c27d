// Generated from bapi-2026-05-12.yml (the identical inline success response of getApiKey, revokeApiKey, updateApiKey, verifyApiKey). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The answer of `getApiKey`, `revokeApiKey`, `updateApiKey`, `verifyApiKey`: one schema the spec declares inline in each, declared once here. */
export interface ApiKey {
  object: "api_key" | (string & {});
  id: string;
  type: string;
  subject: string;
  name: string;
  description?: string | null;
  claims: unknown;
  scopes: string[];
  revoked: boolean;
  revocation_reason: string | null;
  expired: boolean;
  /** The timestamp for when the API key will expire, in milliseconds */
  expiration: number | null;
  created_by: string | null;
  /** The timestamp for when the API key was last used, in milliseconds */
  last_used_at: number | null;
  /** The timestamp for when the API key was created, in milliseconds */
  created_at: number;
  /** The timestamp for when the API key was last updated, in milliseconds */
  updated_at: number;
}

/** Structural shape of {@link ApiKey}: types, presence and nullability; unknown keys kept. */
export const ApiKey: s.Shape<ApiKey> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  type: s.string,
  subject: s.string,
  name: s.string,
  description: s.exactOptional(s.nullable(s.string)),
  claims: s.nullable(s.unknown),
  scopes: s.array(s.string),
  revoked: s.boolean,
  revocation_reason: s.nullable(s.string),
  expired: s.boolean,
  expiration: s.nullable(s.number),
  created_by: s.nullable(s.string),
  last_used_at: s.nullable(s.number),
  created_at: s.number,
  updated_at: s.number,
});
