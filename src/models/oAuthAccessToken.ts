// Generated from bapi-2026-05-12.yml (components/schemas/OAuthAccessToken). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `OAuthAccessToken` object of the Backend API. */
export type OAuthAccessToken = {
  object: "oauth_access_token" | (string & {});
  /** External account ID */
  external_account_id: string;
  /** The unique ID of the user in the external provider's system */
  provider_user_id: string;
  /** The access token */
  token: string;
  /** Unix timestamp of the access token expiration. */
  expires_at: number | null;
  /** The ID of the provider */
  provider: string;
  public_metadata: Record<string, unknown>;
  label: string | null;
  /** The list of scopes that the token is valid for. Only present for OAuth 2.0 tokens. */
  scopes?: string[];
  /** The ID token retrieved from the OIDC provider. Only present for OIDC-compliant OAuth 2.0 providers when available. */
  id_token?: string;
  /** The token secret. Only present for OAuth 1.0 tokens. */
  token_secret?: string;
}[];

/** Structural shape of {@link OAuthAccessToken}: types, presence and nullability; unknown keys kept. */
export const OAuthAccessToken: s.Shape<OAuthAccessToken> = /*#__PURE__*/ s.array(s.looseObject({
  object: s.string,
  external_account_id: s.string,
  provider_user_id: s.string,
  token: s.string,
  expires_at: s.nullable(s.number),
  provider: s.string,
  public_metadata: s.looseObject({}),
  label: s.nullable(s.string),
  scopes: s.exactOptional(s.array(s.string)),
  id_token: s.exactOptional(s.string),
  token_secret: s.exactOptional(s.string),
}));
