// Generated from bapi-2026-05-12.yml (components/schemas/OAuthApplicationWithSecret). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `OAuthApplicationWithSecret` object of the Backend API. */
export interface OAuthApplicationWithSecret {
  object: "oauth_application" | (string & {});
  id: string;
  instance_id: string;
  name: string;
  client_id: string;
  client_uri: string | null;
  client_image_url: string | null;
  dynamically_registered: boolean;
  consent_screen_enabled: boolean;
  pkce_required: boolean;
  public: boolean;
  scopes: string;
  redirect_uris: string[];
  /**
   * Deprecated: Use redirect_uris instead.
   *
   * @deprecated
   */
  callback_url: string;
  authorize_url: string;
  token_fetch_url: string;
  user_info_url: string;
  discovery_url: string;
  token_introspection_url: string;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
  /** Empty if public client. */
  client_secret?: string;
}

/** Structural shape of {@link OAuthApplicationWithSecret}: types, presence and nullability; unknown keys kept. */
export const OAuthApplicationWithSecret: s.Shape<OAuthApplicationWithSecret> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  instance_id: s.string,
  name: s.string,
  client_id: s.string,
  client_uri: s.nullable(s.string),
  client_image_url: s.nullable(s.string),
  dynamically_registered: s.boolean,
  consent_screen_enabled: s.boolean,
  pkce_required: s.boolean,
  public: s.boolean,
  scopes: s.string,
  redirect_uris: s.array(s.string),
  callback_url: s.string,
  authorize_url: s.string,
  token_fetch_url: s.string,
  user_info_url: s.string,
  discovery_url: s.string,
  token_introspection_url: s.string,
  created_at: s.number,
  updated_at: s.number,
  client_secret: s.exactOptional(s.string),
});
