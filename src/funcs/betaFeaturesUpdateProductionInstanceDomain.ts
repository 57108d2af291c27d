// Generated from bapi-2026-05-12.yml (UpdateProductionInstanceDomain). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";

/** The request of {@link betaFeaturesUpdateProductionInstanceDomain}: path, query and body keys by their wire names. */
export interface BetaFeaturesUpdateProductionInstanceDomainRequest {
  /** The new home URL of the production instance e.g. https://www.example.com */
  home_url?: string;
  /** Whether the domain is a secondary app. */
  is_secondary?: boolean;
}

const op: Operation<undefined> = {
  id: "UpdateProductionInstanceDomain",
  method: "PUT",
  path: "/beta_features/domain",
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
 * `PUT /beta_features/domain` · documented errors: 400, 422
 *
 * @deprecated This operation is deprecated by the API.
 */
export function betaFeaturesUpdateProductionInstanceDomain(
  core: ClerkCore,
  request?: BetaFeaturesUpdateProductionInstanceDomainRequest,
  options?: CallOptions,
): Promise<Result<undefined, CallError<400 | 422, false>>> {
  return call(core, op, request, options);
}
