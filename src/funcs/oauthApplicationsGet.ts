// Generated from bapi-2026-05-12.yml (GetOAuthApplication). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OAuthApplication } from "../models/oAuthApplication.js";

/** The request of {@link oauthApplicationsGet}: path, query and body keys by their wire names. */
export interface OauthApplicationsGetRequest {
  /** The ID of the OAuth application */
  oauth_application_id: string;
}

const op: Operation<OAuthApplication> = {
  id: "GetOAuthApplication",
  method: "GET",
  path: "/oauth_applications/{oauth_application_id}",
  response: OAuthApplication,
};

/**
 * Retrieve an OAuth application by ID
 *
 * Fetches the OAuth application whose ID matches the provided `id` in the path.
 *
 * `GET /oauth_applications/{oauth_application_id}` · documented errors: 403, 404
 */
export function oauthApplicationsGet(
  core: ClerkCore,
  request: OauthApplicationsGetRequest,
  options?: CallOptions,
): Promise<Result<OAuthApplication, CallError<403 | 404>>> {
  return call(core, op, request, options);
}
