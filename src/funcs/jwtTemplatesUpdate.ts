// Generated from bapi-2026-05-12.yml (UpdateJWTTemplate). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { JWTTemplate } from "../models/jwtTemplate.js";

/** The request of {@link jwtTemplatesUpdate}: path, query and body keys by their wire names. */
export interface JwtTemplatesUpdateRequest {
  /** The ID of the JWT template to update */
  template_id: string;
  /** JWT template name */
  name: string;
  /** JWT template claims in JSON format */
  claims: Record<string, unknown>;
  /** JWT lifetime */
  lifetime?: number | null;
  /** JWT allowed clock skew */
  allowed_clock_skew?: number | null;
  /** Whether a custom signing key/algorithm is also provided for this template */
  custom_signing_key?: boolean;
  /** The custom signing algorithm to use when minting JWTs. Required if `custom_signing_key` is `true`. */
  signing_algorithm?: string | null;
  /** The custom signing private key to use when minting JWTs. Required if `custom_signing_key` is `true`. */
  signing_key?: string | null;
}

const op: Operation<JWTTemplate> = {
  id: "UpdateJWTTemplate",
  method: "PATCH",
  path: "/jwt_templates/{template_id}",
  body: { name: "s!", claims: "o!", lifetime: "i?", allowed_clock_skew: "i?", custom_signing_key: "b", signing_algorithm: "s?", signing_key: "s?" },
  response: JWTTemplate,
};

/**
 * Update a JWT template
 *
 * Updates an existing JWT template
 *
 * `PATCH /jwt_templates/{template_id}` · documented errors: 400, 402, 422
 */
export function jwtTemplatesUpdate(
  core: ClerkCore,
  request: JwtTemplatesUpdateRequest,
  options?: CallOptions,
): Promise<Result<JWTTemplate, CallError<400 | 402 | 422>>> {
  return call(core, op, request, options);
}
