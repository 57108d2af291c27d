// Generated from bapi-2026-05-12.yml (CreateJWTTemplate). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { JWTTemplate } from "../models/jwtTemplate.js";

/** The request of {@link jwtTemplatesCreate}: path, query and body keys by their wire names. */
export interface JwtTemplatesCreateRequest {
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
  id: "CreateJWTTemplate",
  method: "POST",
  path: "/jwt_templates",
  body: { name: "s!", claims: "o!", lifetime: "i?", allowed_clock_skew: "i?", custom_signing_key: "b", signing_algorithm: "s?", signing_key: "s?" },
  response: JWTTemplate,
};

/**
 * Create a JWT template
 *
 * Create a new JWT template
 *
 * `POST /jwt_templates` · documented errors: 400, 402, 422
 */
export function jwtTemplatesCreate(
  core: ClerkCore,
  request: JwtTemplatesCreateRequest,
  options?: CallOptions,
): Promise<Result<JWTTemplate, CallError<400 | 402 | 422>>> {
  return call(core, op, request, options);
}
