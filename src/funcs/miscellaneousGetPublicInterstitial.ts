// Generated from bapi-2026-05-12.yml (GetPublicInterstitial). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";

/** The request of {@link miscellaneousGetPublicInterstitial}: path, query and body keys by their wire names. */
export interface MiscellaneousGetPublicInterstitialRequest {
  /**
   * Please use `frontend_api` instead
   *
   * @deprecated
   */
  frontendApi?: string;
  /** The Frontend API key of your instance */
  frontend_api?: string;
  /** The publishable key of your instance */
  publishable_key?: string;
  /** The proxy URL of your instance */
  proxy_url?: string;
  /** The domain of your instance */
  domain?: string;
  /** The sign in URL of your instance */
  sign_in_url?: string;
  /** Whether to use the domain for the script URL */
  use_domain_for_script?: boolean;
}

const op: Operation<string> = {
  id: "GetPublicInterstitial",
  method: "GET",
  path: "/public/interstitial",
  query: { frontendApi: "s", frontend_api: "s", publishable_key: "s", proxy_url: "s", domain: "s", sign_in_url: "s", use_domain_for_script: "b" },
  response: "text",
  public: true,
};

/**
 * Returns the markup for the interstitial page
 *
 * The Clerk interstitial endpoint serves an html page that loads clerk.js in order to check the user's authentication state.
 * It is used by Clerk SDKs when the user's authentication state cannot be immediately determined.
 *
 * `GET /public/interstitial` · documented errors: 400, 500
 */
export function miscellaneousGetPublicInterstitial(
  core: ClerkCore,
  request?: MiscellaneousGetPublicInterstitialRequest,
  options?: CallOptions,
): Promise<Result<string, CallError<400 | 500, false>>> {
  return call(core, op, request, options);
}
