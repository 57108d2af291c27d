// Generated from bapi-2026-05-12.yml (GetOrganizationBillingSubscription). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { CommerceSubscription } from "../models/commerceSubscription.js";

/** The request of {@link organizationsGetBillingSubscription}: path, query and body keys by their wire names. */
export interface OrganizationsGetBillingSubscriptionRequest {
  /** The ID of the organization whose subscription to retrieve */
  organization_id: string;
}

const op: Operation<CommerceSubscription> = {
  id: "GetOrganizationBillingSubscription",
  method: "GET",
  path: "/organizations/{organization_id}/billing/subscription",
  response: CommerceSubscription,
};

/**
 * Retrieve an organization's billing subscription
 *
 * Retrieves the billing subscription for the specified organization.
 * This includes subscription details, active plans, billing information, and payment status.
 * The subscription contains subscription items which represent the individual plans the organization is subscribed to.
 *
 * `GET /organizations/{organization_id}/billing/subscription` · documented errors: 400, 401, 403, 404, 422, 500
 */
export function organizationsGetBillingSubscription(
  core: ClerkCore,
  request: OrganizationsGetBillingSubscriptionRequest,
  options?: CallOptions,
): Promise<Result<CommerceSubscription, CallError<400 | 401 | 403 | 404 | 422 | 500>>> {
  return call(core, op, request, options);
}
