// Generated from bapi-2026-05-12.yml (GetOrganizationBillingCreditBalance). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { CommerceCreditBalanceResponse } from "../models/commerceCreditBalanceResponse.js";

/** The request of {@link organizationsGetBillingCreditBalance}: path, query and body keys by their wire names. */
export interface OrganizationsGetBillingCreditBalanceRequest {
  /** The ID of the organization whose credit balance to retrieve */
  organization_id: string;
}

const op: Operation<CommerceCreditBalanceResponse> = {
  id: "GetOrganizationBillingCreditBalance",
  method: "GET",
  path: "/organizations/{organization_id}/billing/credits",
  response: CommerceCreditBalanceResponse,
};

/**
 * Retrieve an organization's credit balance
 *
 * Retrieves the current credit balance for the specified organization.
 * Credits can be applied during checkout to reduce the charge or automatically applied to upcoming recurring charges.
 *
 * `GET /organizations/{organization_id}/billing/credits` · documented errors: 400, 401, 403, 404, 422, 500
 */
export function organizationsGetBillingCreditBalance(
  core: ClerkCore,
  request: OrganizationsGetBillingCreditBalanceRequest,
  options?: CallOptions,
): Promise<Result<CommerceCreditBalanceResponse, CallError<400 | 401 | 403 | 404 | 422 | 500>>> {
  return call(core, op, request, options);
}
