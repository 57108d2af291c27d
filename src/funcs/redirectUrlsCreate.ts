// Generated from bapi-2026-05-12.yml (CreateRedirectURL). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { RedirectURL } from "../models/redirectURL.js";

/** The request of {@link redirectUrlsCreate}: path, query and body keys by their wire names. */
export interface RedirectUrlsCreateRequest {
  /** The full URL value prefixed with `https://` or a custom scheme e.g. `"https://my-app.com/oauth-callback"` or `"my-app://oauth-callback"` */
  url: string;
}

const op: Operation<RedirectURL> = {
  id: "CreateRedirectURL",
  method: "POST",
  path: "/redirect_urls",
  body: { url: "s!" },
  response: RedirectURL,
};

/**
 * Create a redirect URL
 *
 * Create a redirect URL
 *
 * `POST /redirect_urls` · documented errors: 400, 422
 */
export function redirectUrlsCreate(
  core: ClerkCore,
  request: RedirectUrlsCreateRequest,
  options?: CallOptions,
): Promise<Result<RedirectURL, CallError<400 | 422>>> {
  return call(core, op, request, options);
}
