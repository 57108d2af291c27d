// Generated from bapi-2026-05-12.yml (UpdateDomain). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Domain } from "../models/domain.js";

/** The request of {@link domainsUpdate}: path, query and body keys by their wire names. */
export interface DomainsUpdateRequest {
  /** The ID of the domain that will be updated. */
  domain_id: string;
  /**
   * The new domain name. For development instances, can contain the port,
   * i.e `myhostname:3000`. For production instances, must be a valid FQDN,
   * i.e `mysite.com`. Cannot contain protocol scheme.
   */
  name?: string | null;
  /**
   * The full URL of the proxy that will forward requests to Clerk's Frontend API.
   * Can only be updated for production instances.
   */
  proxy_url?: string | null;
  /**
   * Whether this is a domain for a secondary app, meaning that any subdomain provided is significant and
   * will be stored as part of the domain. This is useful for supporting multiple apps (one primary and
   * multiple secondaries) on the same root domain (eTLD+1).
   */
  is_secondary?: boolean | null;
}

const op: Operation<Domain> = {
  id: "UpdateDomain",
  method: "PATCH",
  path: "/domains/{domain_id}",
  body: { name: "s?", proxy_url: "s?", is_secondary: "b?" },
  response: Domain,
};

/**
 * Update a domain
 *
 * The `proxy_url` can be updated only for production instances.
 * Update one of the instance's domains. Both primary and satellite domains can be updated.
 * If you choose to use Clerk via proxy, use this endpoint to specify the `proxy_url`.
 * Whenever you decide you'd rather switch to DNS setup for Clerk, simply set `proxy_url`
 * to `null` for the domain. When you update a production instance's primary domain name,
 * you have to make sure that you've completed all the necessary setup steps for DNS and
 * emails to work. Expect downtime otherwise. Updating a primary domain's name will also
 * update the instance's home origin, affecting the default application paths.
 *
 * `PATCH /domains/{domain_id}` · documented errors: 400, 404, 422
 */
export function domainsUpdate(
  core: ClerkCore,
  request: DomainsUpdateRequest,
  options?: CallOptions,
): Promise<Result<Domain, CallError<400 | 404 | 422>>> {
  return call(core, op, request, options);
}
