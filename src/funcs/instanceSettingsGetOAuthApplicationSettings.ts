// Generated from bapi-2026-05-12.yml (GetInstanceOAuthApplicationSettings). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import type { EmptyRequest } from "../core/request.js";
import { OAuthApplicationSettings } from "../models/oAuthApplicationSettings.js";

const op: Operation<OAuthApplicationSettings> = {
  id: "GetInstanceOAuthApplicationSettings",
  method: "GET",
  path: "/instance/oauth_application_settings",
  response: OAuthApplicationSettings,
};

/**
 * Get OAuth application settings
 *
 * Retrieves the settings for OAuth applications for the instance (dynamic client registration, JWT access tokens, etc.).
 *
 * `GET /instance/oauth_application_settings`
 */
export function instanceSettingsGetOAuthApplicationSettings(
  core: ClerkCore,
  request?: EmptyRequest,
  options?: CallOptions,
): Promise<Result<OAuthApplicationSettings, CallError<never>>> {
  return call(core, op, request, options);
}
