// Generated from bapi-2026-05-12.yml (ChangeProductionInstanceDomain). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";

/** The request of {@link instanceSettingsChangeDomain}: path, query and body keys by their wire names. */
export interface InstanceSettingsChangeDomainRequest {
  /** The new home URL of the production instance e.g. https://www.example.com */
  home_url?: string;
  /**
   * Whether this is a domain for a secondary app, meaning that any subdomain provided is significant and
   * will be stored as part of the domain. This is useful for supporting multiple apps (one primary and
   * multiple secondaries) on the same root domain (eTLD+1).
   */
  is_secondary?: boolean;
}

const op: Operation<undefined> = {
  id: "ChangeProductionInstanceDomain",
  method: "POST",
  path: "/instance/change_domain",
  body: { home_url: "s", is_secondary: "b" },
};

/**
 * Update production instance domain
 *
 * Change the domain of a production instance.
 *
 * Changing the domain requires updating the [DNS records](https://clerk.com/docs/deployments/overview#dns-records) accordingly, deploying new [SSL certificates](https://clerk.com/docs/deployments/overview#deploy-certificates), updating your Social Connection's redirect URLs and setting the new keys in your code.
 *
 * WARNING: Changing your domain will invalidate all current user sessions (i.e. users will be logged out). Also, while your application is being deployed, a small downtime is expected to occur.
 *
 * `POST /instance/change_domain` · documented errors: 400, 422
 */
export function instanceSettingsChangeDomain(
  core: ClerkCore,
  request?: InstanceSettingsChangeDomainRequest,
  options?: CallOptions,
): Promise<Result<undefined, CallError<400 | 422, false>>> {
  return call(core, op, request, options);
}
