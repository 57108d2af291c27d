// Generated from bapi-2026-05-12.yml (CreateAllowlistIdentifier). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { AllowlistIdentifier } from "../models/allowlistIdentifier.js";

/** The request of {@link allowlistIdentifiersCreate}: path, query and body keys by their wire names. */
export interface AllowlistIdentifiersCreateRequest {
  /**
   * The identifier to be added in the allow-list.
   * This can be an email address, a phone number, or a web3 wallet.
   */
  identifier: string;
  /**
   * This flag denotes whether the given identifier will receive an invitation to join the application.
   * Note that this only works for email address and phone number identifiers.
   */
  notify?: boolean;
}

const op: Operation<AllowlistIdentifier> = {
  id: "CreateAllowlistIdentifier",
  method: "POST",
  path: "/allowlist_identifiers",
  body: { identifier: "s!", notify: "b" },
  response: AllowlistIdentifier,
};

/**
 * Add identifier to the allow-list
 *
 * Create an identifier allowed to sign up to an instance
 *
 * `POST /allowlist_identifiers` · documented errors: 400, 402, 422
 */
export function allowlistIdentifiersCreate(
  core: ClerkCore,
  request: AllowlistIdentifiersCreateRequest,
  options?: CallOptions,
): Promise<Result<AllowlistIdentifier, CallError<400 | 402 | 422>>> {
  return call(core, op, request, options);
}
