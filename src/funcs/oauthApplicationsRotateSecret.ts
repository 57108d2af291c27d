// Generated from bapi-2026-05-12.yml (RotateOAuthApplicationSecret). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OAuthApplicationWithSecret } from "../models/oAuthApplicationWithSecret.js";

/** The request of {@link oauthApplicationsRotateSecret}: path, query and body keys by their wire names. */
export interface OauthApplicationsRotateSecretRequest {
  /** The ID of the OAuth application for which to rotate the client secret */
  oauth_application_id: string;
}

const op: Operation<OAuthApplicationWithSecret> = {
  id: "RotateOAuthApplicationSecret",
  method: "POST",
  path: "/oauth_applications/{oauth_application_id}/rotate_secret",
  response: OAuthApplicationWithSecret,
};

/**
 * Rotate the client secret of the given OAuth application
 *
 * Rotates the OAuth application's client secret.
 * When the client secret is rotated, make sure to update it in authorized OAuth clients.
 *
 * `POST /oauth_applications/{oauth_application_id}/rotate_secret` · documented errors: 403, 404
 */
export function oauthApplicationsRotateSecret(
  core: ClerkCore,
  request: OauthApplicationsRotateSecretRequest,
  options?: CallOptions,
): Promise<Result<OAuthApplicationWithSecret, CallError<403 | 404>>> {
  return call(core, op, request, options);
}
