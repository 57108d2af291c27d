// Generated from bapi-2026-05-12.yml (UploadOAuthApplicationLogo). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { multipart } from "../core/multipart.js";
import { OAuthApplication } from "../models/oAuthApplication.js";

/** The request of {@link oauthApplicationsUploadLogo}: path, query and body keys by their wire names. */
export interface OauthApplicationsUploadLogoRequest {
  /** The ID of the OAuth application for which to upload a logo */
  oauth_application_id: string;
  /** The ID of the user that will be credited with the image upload. */
  uploader_user_id?: string;
  file: Blob;
}

const op: Operation<OAuthApplication> = {
  id: "UploadOAuthApplicationLogo",
  method: "PUT",
  path: "/oauth_applications/{oauth_application_id}/logo",
  body: { uploader_user_id: "s", file: "f!" },
  encode: multipart,
  response: OAuthApplication,
};

/**
 * Upload a logo for the OAuth application
 *
 * Set or replace an OAuth application's logo by uploading an image file.
 * This endpoint uses the `multipart/form-data` request content type and accepts a file of image type.
 * The file size cannot exceed 10MB.
 * Only the following file content types are supported: `image/jpeg`, `image/png`, `image/gif`, `image/webp`.
 *
 * `PUT /oauth_applications/{oauth_application_id}/logo` · documented errors: 400, 403, 404, 413
 */
export function oauthApplicationsUploadLogo(
  core: ClerkCore,
  request: OauthApplicationsUploadLogoRequest,
  options?: CallOptions,
): Promise<Result<OAuthApplication, CallError<400 | 403 | 404 | 413>>> {
  return call(core, op, request, options);
}
