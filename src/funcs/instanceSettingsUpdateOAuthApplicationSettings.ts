// Generated from bapi-2026-05-12.yml (UpdateInstanceOAuthApplicationSettings). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OAuthApplicationSettings } from "../models/oAuthApplicationSettings.js";

/** The request of {@link instanceSettingsUpdateOAuthApplicationSettings}: path, query and body keys by their wire names. */
export interface InstanceSettingsUpdateOAuthApplicationSettingsRequest {
  /** Whether dynamic OAuth client registration is enabled for the instance (RFC 7591). */
  dynamic_oauth_client_registration?: boolean | null;
  /** Default scopes. Set to null to reset to Clerk-provided defaults. */
  default_scopes?: string[] | null;
  /** Whether OAuth JWT access tokens are enabled for the instance (disabled indicates opaque access tokens). */
  oauth_jwt_access_tokens?: boolean | null;
  /** Whether the instance advertises support for Client ID Metadata Documents in its OAuth authorization server metadata. */
  client_id_metadata_documents_advertised?: boolean | null;
  /** When true, new unknown CIMD clients are rejected. Previously auto-connected and pre-registered clients remain admitted; deleting a client makes it unknown again. */
  client_id_metadata_documents_only_allow_pre_registered_clients?: boolean | null;
  /** When true, recorded implicitly allowed CIMD clients are rejected on future client lookups. Explicitly allowed clients remain accepted. This does not revoke previously issued access tokens. */
  client_id_metadata_documents_block_implicitly_allowed_clients?: boolean | null;
}

const op: Operation<OAuthApplicationSettings> = {
  id: "UpdateInstanceOAuthApplicationSettings",
  method: "PATCH",
  path: "/instance/oauth_application_settings",
  body: { dynamic_oauth_client_registration: "b?", default_scopes: "s[]?", oauth_jwt_access_tokens: "b?", client_id_metadata_documents_advertised: "b?", client_id_metadata_documents_only_allow_pre_registered_clients: "b?", client_id_metadata_documents_block_implicitly_allowed_clients: "b?" },
  response: OAuthApplicationSettings,
};

/**
 * Update OAuth application settings
 *
 * Updates the OAuth application settings for the instance.
 *
 * `PATCH /instance/oauth_application_settings` · documented errors: 422
 */
export function instanceSettingsUpdateOAuthApplicationSettings(
  core: ClerkCore,
  request?: InstanceSettingsUpdateOAuthApplicationSettingsRequest,
  options?: CallOptions,
): Promise<Result<OAuthApplicationSettings, CallError<422>>> {
  return call(core, op, request, options);
}
