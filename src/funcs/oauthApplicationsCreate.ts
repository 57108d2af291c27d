// Generated from bapi-2026-05-12.yml (CreateOAuthApplication). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OAuthApplicationWithSecret } from "../models/oAuthApplicationWithSecret.js";

/** The request of {@link oauthApplicationsCreate}: path, query and body keys by their wire names. */
export interface OauthApplicationsCreateRequest {
  /**
   * The name of the new OAuth application.
   * Max length: 256
   */
  name: string;
  /** An array of redirect URIs of the new OAuth application */
  redirect_uris?: string[] | null;
  /**
   * The callback URL of the new OAuth application
   *
   * @deprecated
   */
  callback_url?: string | null;
  /** Define the allowed scopes for the new OAuth applications that dictate the user payload of the OAuth user info endpoint. Available scopes are `profile`, `email`, `public_metadata`, `private_metadata`. Provide the requested scopes as a string, separated by spaces. */
  scopes?: string | null;
  /** True to enable a consent screen to display in the authentication flow. */
  consent_screen_enabled?: boolean | null;
  /** True to require the Proof Key of Code Exchange (PKCE) flow. */
  pkce_required?: boolean | null;
  /** If true, this client is public and you can use the Proof Key of Code Exchange (PKCE) flow. */
  public?: boolean | null;
}

const op: Operation<OAuthApplicationWithSecret> = {
  id: "CreateOAuthApplication",
  method: "POST",
  path: "/oauth_applications",
  body: { name: "s!", redirect_uris: "s[]?", callback_url: "s?", scopes: "s?", consent_screen_enabled: "b?", pkce_required: "b?", public: "b?" },
  response: OAuthApplicationWithSecret,
};

/**
 * Create an OAuth application
 *
 * Creates a new OAuth application with the given name and callback URL for an instance.
 * The callback URL must be a valid URL.
 * All URL schemes are allowed such as `http://`, `https://`, `myapp://`, etc...
 *
 * `POST /oauth_applications` · documented errors: 400, 403, 422
 */
export function oauthApplicationsCreate(
  core: ClerkCore,
  request: OauthApplicationsCreateRequest,
  options?: CallOptions,
): Promise<Result<OAuthApplicationWithSecret, CallError<400 | 403 | 422>>> {
  return call(core, op, request, options);
}
