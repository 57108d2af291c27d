// Generated from bapi-2026-05-12.yml (AddDomain). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Domain } from "../models/domain.js";

/** The request of {@link domainsAdd}: path, query and body keys by their wire names. */
export interface DomainsAddRequest {
  /** The new domain name. Can contain the port for development instances. */
  name: string;
  /** Marks the new domain as satellite. Only `true` is accepted at the moment. */
  is_satellite: boolean;
  /** The full URL of the proxy which will forward requests to the Clerk Frontend API for this domain. Applicable only to production instances. */
  proxy_url?: string | null;
}

const op: Operation<Domain> = {
  id: "AddDomain",
  method: "POST",
  path: "/domains",
  body: { name: "s!", is_satellite: "b!", proxy_url: "s?" },
  response: Domain,
};

/**
 * Add a domain
 *
 * Add a new domain for your instance.
 * Useful in the case of multi-domain instances, allows adding satellite domains to an instance.
 * The new domain must have a `name`. The domain name can contain the port for development instances, like `localhost:3000`.
 * At the moment, instances can have only one primary domain, so the `is_satellite` parameter must be set to `true`.
 * If you're planning to configure the new satellite domain to run behind a proxy, pass the `proxy_url` parameter accordingly.
 *
 * `POST /domains` · documented errors: 400, 402, 422
 */
export function domainsAdd(
  core: ClerkCore,
  request: DomainsAddRequest,
  options?: CallOptions,
): Promise<Result<Domain, CallError<400 | 402 | 422>>> {
  return call(core, op, request, options);
}
