// Generated from bapi-2026-05-12.yml (GetJWKS). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import type { EmptyRequest } from "../core/request.js";
import { JWKS } from "../models/jwks.js";

const op: Operation<JWKS> = {
  id: "GetJWKS",
  method: "GET",
  path: "/jwks",
  response: JWKS,
};

/**
 * Retrieve the JSON Web Key Set of the instance
 *
 * Retrieve the JSON Web Key Set of the instance
 *
 * `GET /jwks`
 */
export function jwksGetJWKS(
  core: ClerkCore,
  request?: EmptyRequest,
  options?: CallOptions,
): Promise<Result<JWKS, CallError<never>>> {
  return call(core, op, request, options);
}
