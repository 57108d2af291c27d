// Generated from bapi-2026-05-12.yml (UploadOrganizationLogo). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { multipart } from "../core/multipart.js";
import { OrganizationWithLogo } from "../models/organizationWithLogo.js";

/** The request of {@link organizationsUploadLogo}: path, query and body keys by their wire names. */
export interface OrganizationsUploadLogoRequest {
  /** The ID of the organization for which to upload a logo */
  organization_id: string;
  /** The ID of the user that will be credited with the image upload. */
  uploader_user_id?: string;
  file: Blob;
}

const op: Operation<OrganizationWithLogo> = {
  id: "UploadOrganizationLogo",
  method: "PUT",
  path: "/organizations/{organization_id}/logo",
  body: { uploader_user_id: "s", file: "f!" },
  encode: multipart,
  response: OrganizationWithLogo,
};

/**
 * Upload a logo for the organization
 *
 * Set or replace an organization's logo, by uploading an image file.
 * This endpoint uses the `multipart/form-data` request content type and accepts a file of image type.
 * The file size cannot exceed 10MB.
 * Only the following file content types are supported: `image/jpeg`, `image/png`, `image/gif`, `image/webp`.
 *
 * `PUT /organizations/{organization_id}/logo` · documented errors: 400, 403, 404, 413
 */
export function organizationsUploadLogo(
  core: ClerkCore,
  request: OrganizationsUploadLogoRequest,
  options?: CallOptions,
): Promise<Result<OrganizationWithLogo, CallError<400 | 403 | 404 | 413>>> {
  return call(core, op, request, options);
}
