// Generated from bapi-2026-05-12.yml (GetRedirectURL). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { RedirectURL } from "../models/redirectURL.js";

/** The request of {@link redirectUrlsGet}: path, query and body keys by their wire names. */
export interface RedirectUrlsGetRequest {
  /** The ID of the redirect URL */
  id: string;
}

const op: Operation<RedirectURL> = {
  id: "GetRedirectURL",
  method: "GET",
  path: "/redirect_urls/{id}",
  response: RedirectURL,
};

/**
 * Retrieve a redirect URL
 *
 * Retrieve the details of the redirect URL with the given ID
 *
 * `GET /redirect_urls/{id}` · documented errors: 404
 */
export function redirectUrlsGet(
  core: ClerkCore,
  request: RedirectUrlsGetRequest,
  options?: CallOptions,
): Promise<Result<RedirectURL, CallError<404>>> {
  return call(core, op, request, options);
}
