// Generated from bapi-2026-05-12.yml (revokeM2MToken). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { MachineToMachineToken } from "../models/machineToMachineToken.js";

/** The request of {@link m2mRevokeToken}: path, query and body keys by their wire names. */
export interface M2mRevokeTokenRequest {
  m2m_token_id: string;
  revocation_reason?: string | null;
}

/** What {@link m2mRevokeToken} returns: the shared {@link MachineToMachineToken} model. */
export type M2mRevokeTokenResponse = MachineToMachineToken;

const op: Operation<MachineToMachineToken> = {
  id: "revokeM2MToken",
  method: "POST",
  path: "/m2m_tokens/{m2m_token_id}/revoke",
  body: { revocation_reason: "s?" },
  response: MachineToMachineToken,
  machineAuth: true,
};

/**
 * Revoke a M2M Token
 *
 * Revokes a M2M Token.
 *
 * This endpoint only revokes stored opaque-format M2M tokens. JWT-format M2M tokens are stateless and cannot be revoked.
 *
 * This endpoint can be authenticated by either a Machine Secret Key or by a Clerk Secret Key.
 *
 * - When revoking a M2M Token with a Machine Secret Key, the token must managed by the Machine associated with the Machine Secret Key.
 * - When revoking a M2M Token with a Clerk Secret Key, any token on the Instance can be revoked.
 *
 * `POST /m2m_tokens/{m2m_token_id}/revoke` · documented errors: 400, 404
 */
export function m2mRevokeToken(
  core: ClerkCore,
  request: M2mRevokeTokenRequest,
  options?: CallOptions,
): Promise<Result<MachineToMachineToken, CallError<400 | 404>>> {
  return call(core, op, request, options);
}
