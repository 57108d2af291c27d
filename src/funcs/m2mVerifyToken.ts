// Generated from bapi-2026-05-12.yml (verifyM2MToken). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { MachineToMachineToken } from "../models/machineToMachineToken.js";

/** The request of {@link m2mVerifyToken}: path, query and body keys by their wire names. */
export interface M2mVerifyTokenRequest {
  token: string;
}

/** What {@link m2mVerifyToken} returns: the shared {@link MachineToMachineToken} model. */
export type M2mVerifyTokenResponse = MachineToMachineToken;

const op: Operation<MachineToMachineToken> = {
  id: "verifyM2MToken",
  method: "POST",
  path: "/m2m_tokens/verify",
  body: { token: "s!" },
  response: MachineToMachineToken,
  machineAuth: true,
};

/**
 * Verify a M2M Token
 *
 * Verifies a M2M Token.
 *
 * This endpoint can be authenticated by either a Machine Secret Key or by a Clerk Secret Key.
 *
 * - When verifying a M2M Token with a Machine Secret Key, the token must be granted access to the Machine associated with the Machine Secret Key.
 * - When verifying a M2M Token with a Clerk Secret Key, any token on the Instance can be verified.
 *
 * `POST /m2m_tokens/verify` · documented errors: 400, 404
 */
export function m2mVerifyToken(
  core: ClerkCore,
  request: M2mVerifyTokenRequest,
  options?: CallOptions,
): Promise<Result<MachineToMachineToken, CallError<400 | 404>>> {
  return call(core, op, request, options);
}
