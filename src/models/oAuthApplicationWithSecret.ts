// Generated from bapi-2026-05-12.yml (components/schemas/OAuthApplicationWithSecret). Do not edit: change codegen/ instead.
import * as v from "valibot";

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

/** Structural schema of {@link OAuthApplicationWithSecret}: types, presence and nullability; unknown keys kept. */
export const OAuthApplicationWithSecret: v.GenericSchema<unknown, OAuthApplicationWithSecret> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  instance_id: v.string(),
  name: v.string(),
  client_id: v.string(),
  client_uri: v.nullable(v.string()),
  client_image_url: v.nullable(v.string()),
  dynamically_registered: v.boolean(),
  consent_screen_enabled: v.boolean(),
  pkce_required: v.boolean(),
  public: v.boolean(),
  scopes: v.string(),
  redirect_uris: v.array(v.string()),
  callback_url: v.string(),
  authorize_url: v.string(),
  token_fetch_url: v.string(),
  user_info_url: v.string(),
  discovery_url: v.string(),
  token_introspection_url: v.string(),
  created_at: v.number(),
  updated_at: v.number(),
  client_secret: v.exactOptional(v.string()),
});
