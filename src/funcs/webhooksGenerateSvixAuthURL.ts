// Generated from bapi-2026-05-12.yml (GenerateSvixAuthURL). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import type { EmptyRequest } from "../core/request.js";
import { SvixURL } from "../models/svixURL.js";

const op: Operation<SvixURL> = {
  id: "GenerateSvixAuthURL",
  method: "POST",
  path: "/webhooks/svix_url",
  response: SvixURL,
};

/**
 * Create a Svix Dashboard URL
 *
 * Generate a new URL for accessing the Svix's management dashboard for that particular instance
 *
 * `POST /webhooks/svix_url` · documented errors: 400
 */
export function webhooksGenerateSvixAuthURL(
  core: ClerkCore,
  request?: EmptyRequest,
  options?: CallOptions,
): Promise<Result<SvixURL, CallError<400>>> {
  return call(core, op, request, options);
}
