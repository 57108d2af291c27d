// Generated from bapi-2026-05-12.yml (RevokeActorToken). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { ActorToken } from "../models/actorToken.js";

/** The request of {@link actorTokensRevoke}: path, query and body keys by their wire names. */
export interface ActorTokensRevokeRequest {
  /** The ID of the actor token to be revoked. */
  actor_token_id: string;
}

const op: Operation<ActorToken> = {
  id: "RevokeActorToken",
  method: "POST",
  path: "/actor_tokens/{actor_token_id}/revoke",
  response: ActorToken,
};

/**
 * Revoke actor token
 *
 * Revokes a pending actor token.
 *
 * `POST /actor_tokens/{actor_token_id}/revoke` · documented errors: 400, 404
 */
export function actorTokensRevoke(
  core: ClerkCore,
  request: ActorTokensRevokeRequest,
  options?: CallOptions,
): Promise<Result<ActorToken, CallError<400 | 404>>> {
  return call(core, op, request, options);
}
