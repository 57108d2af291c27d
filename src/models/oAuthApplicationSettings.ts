// Generated from bapi-2026-05-12.yml (components/schemas/OAuthApplicationSettings). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `OAuthApplicationSettings` object of the Backend API. */
export interface OAuthApplicationSettings {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "oauth_application_settings" | (string & {});
  /** Whether dynamic OAuth client registration is enabled for the instance (RFC 7591). */
  dynamic_oauth_client_registration: boolean;
  /** Default scopes. */
  default_scopes: string[] | null;
  /** Whether OAuth JWT access tokens are enabled for the instance (disabled indicates opaque access tokens). */
  oauth_jwt_access_tokens: boolean;
  /** Whether the instance advertises support for Client ID Metadata Documents in its OAuth authorization server metadata. */
  client_id_metadata_documents_advertised: boolean;
  /** When true, new unknown CIMD clients are rejected. Previously auto-connected and pre-registered clients remain admitted; deleting a client makes it unknown again. */
  client_id_metadata_documents_only_allow_pre_registered_clients: boolean;
  /** When true, recorded implicitly allowed CIMD clients are rejected on future client lookups. Explicitly allowed clients remain accepted. This does not revoke previously issued access tokens. */
  client_id_metadata_documents_block_implicitly_allowed_clients: boolean;
}

/** Structural shape of {@link OAuthApplicationSettings}: types, presence and nullability; unknown keys kept. */
export const OAuthApplicationSettings: s.Shape<OAuthApplicationSettings> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  dynamic_oauth_client_registration: s.boolean,
  default_scopes: s.nullable(s.array(s.string)),
  oauth_jwt_access_tokens: s.boolean,
  client_id_metadata_documents_advertised: s.boolean,
  client_id_metadata_documents_only_allow_pre_registered_clients: s.boolean,
  client_id_metadata_documents_block_implicitly_allowed_clients: s.boolean,
});
