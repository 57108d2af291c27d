// Generated from bapi-2026-05-12.yml (CreateSvixApp). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import type { EmptyRequest } from "../core/request.js";
import { SvixURL } from "../models/svixURL.js";

const op: Operation<SvixURL> = {
  id: "CreateSvixApp",
  method: "POST",
  path: "/webhooks/svix",
  response: SvixURL,
};

/**
 * Create a Svix app
 *
 * Create a Svix app and associate it with the current instance
 *
 * `POST /webhooks/svix` · documented errors: 400
 */
export function webhooksCreateSvixApp(
  core: ClerkCore,
  request?: EmptyRequest,
  options?: CallOptions,
): Promise<Result<SvixURL, CallError<400>>> {
  return call(core, op, request, options);
}
