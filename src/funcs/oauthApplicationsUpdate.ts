// Generated from bapi-2026-05-12.yml (UpdateOAuthApplication). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OAuthApplication } from "../models/oAuthApplication.js";

/** The request of {@link oauthApplicationsUpdate}: path, query and body keys by their wire names. */
export interface OauthApplicationsUpdateRequest {
  /** The ID of the OAuth application to update */
  oauth_application_id: string;
  /**
   * The new name of the OAuth application.
   * Max length: 256
   */
  name?: string | null;
  /** An array of redirect URIs of the new OAuth application */
  redirect_uris?: string[] | null;
  /**
   * The new callback URL of the OAuth application
   *
   * @deprecated
   */
  callback_url?: string | null;
  /** Define the allowed scopes for the new OAuth applications that dictate the user payload of the OAuth user info endpoint. Available scopes are `profile`, `email`, `public_metadata`, `private_metadata`. Provide the requested scopes as a string, separated by spaces. */
  scopes?: string | null;
  /** True to enable a consent screen to display in the authentication flow. This cannot be disabled for dynamically registered OAuth Applications. */
  consent_screen_enabled?: boolean | null;
  /** True to require the Proof Key of Code Exchange (PKCE) flow. */
  pkce_required?: boolean | null;
  /** If true, this client is public and you can use the Proof Key of Code Exchange (PKCE) flow. */
  public?: boolean | null;
}

const op: Operation<OAuthApplication> = {
  id: "UpdateOAuthApplication",
  method: "PATCH",
  path: "/oauth_applications/{oauth_application_id}",
  body: { name: "s?", redirect_uris: "s[]?", callback_url: "s?", scopes: "s?", consent_screen_enabled: "b?", pkce_required: "b?", public: "b?" },
  response: OAuthApplication,
};

/**
 * Update an OAuth application
 *
 * Updates an existing OAuth application
 *
 * `PATCH /oauth_applications/{oauth_application_id}` · documented errors: 400, 403, 404, 422
 */
export function oauthApplicationsUpdate(
  core: ClerkCore,
  request: OauthApplicationsUpdateRequest,
  options?: CallOptions,
): Promise<Result<OAuthApplication, CallError<400 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
