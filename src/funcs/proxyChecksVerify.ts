// Generated from bapi-2026-05-12.yml (VerifyDomainProxy). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { ProxyCheck } from "../models/proxyCheck.js";

/** The request of {@link proxyChecksVerify}: path, query and body keys by their wire names. */
export interface ProxyChecksVerifyRequest {
  /** The ID of the domain that will be updated. */
  domain_id?: string;
  /** The full URL of the proxy which will forward requests to the Clerk Frontend API for this domain. e.g. https://example.com/__clerk */
  proxy_url?: string;
}

const op: Operation<ProxyCheck> = {
  id: "VerifyDomainProxy",
  method: "POST",
  path: "/proxy_checks",
  body: { domain_id: "s", proxy_url: "s" },
  response: ProxyCheck,
};

/**
 * Verify the proxy configuration for your domain
 *
 * This endpoint can be used to validate that a proxy-enabled domain is operational.
 * It tries to verify that the proxy URL provided in the parameters maps to a functional proxy that can reach the Clerk Frontend API.
 *
 * You can use this endpoint before you set a proxy URL for a domain. This way you can ensure that switching to proxy-based
 * configuration will not lead to downtime for your instance.
 *
 * The `proxy_url` parameter allows for testing proxy configurations for domains that don't have a proxy URL yet, or operate on
 * a different proxy URL than the one provided. It can also be used to re-validate a domain that is already configured to work with a proxy.
 *
 * `POST /proxy_checks` · documented errors: 400, 422
 */
export function proxyChecksVerify(
  core: ClerkCore,
  request?: ProxyChecksVerifyRequest,
  options?: CallOptions,
): Promise<Result<ProxyCheck, CallError<400 | 422>>> {
  return call(core, op, request, options);
}
