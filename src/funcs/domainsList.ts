// Generated from bapi-2026-05-12.yml (ListDomains). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import type { EmptyRequest } from "../core/request.js";
import { Domains } from "../models/domains.js";

const op: Operation<Domains> = {
  id: "ListDomains",
  method: "GET",
  path: "/domains",
  response: Domains,
};

/**
 * List all instance domains
 *
 * Use this endpoint to get a list of all domains for an instance.
 * The response will contain the primary domain for the instance and any satellite domains. Each domain in the response contains information about the URLs where Clerk operates and the required CNAME targets.
 *
 * `GET /domains`
 */
export function domainsList(
  core: ClerkCore,
  request?: EmptyRequest,
  options?: CallOptions,
): Promise<Result<Domains, CallError<never>>> {
  return call(core, op, request, options);
}
