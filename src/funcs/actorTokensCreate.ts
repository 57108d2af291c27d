// Generated from bapi-2026-05-12.yml (CreateActorToken). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { ActorToken } from "../models/actorToken.js";

/** The request of {@link actorTokensCreate}: path, query and body keys by their wire names. */
export interface ActorTokensCreateRequest {
  /** The ID of the user being impersonated. */
  user_id: string;
  /**
   * The actor payload. It needs to include a sub property which should contain the ID of the actor.
   * This whole payload will be also included in the JWT session token.
   */
  actor: {
    /** The ID of the actor. */
    sub: string;
  };
  /**
   * Optional parameter to specify the life duration of the actor token in seconds.
   * By default, the duration is 1 hour.
   */
  expires_in_seconds?: number;
  /**
   * The maximum duration that the session which will be created by the generated actor token should last.
   * By default, the duration of a session created via an actor token, lasts 30 minutes.
   */
  session_max_duration_in_seconds?: number;
}

const op: Operation<ActorToken> = {
  id: "CreateActorToken",
  method: "POST",
  path: "/actor_tokens",
  body: { user_id: "s!", actor: "o!", expires_in_seconds: "i", session_max_duration_in_seconds: "i" },
  response: ActorToken,
};

/**
 * Create actor token
 *
 * Create an actor token that can be used to impersonate the given user.
 * The `actor` parameter needs to include at least a "sub" key whose value is the ID of the actor (impersonating) user.
 *
 * `POST /actor_tokens` · documented errors: 400, 402, 422
 */
export function actorTokensCreate(
  core: ClerkCore,
  request: ActorTokensCreateRequest,
  options?: CallOptions,
): Promise<Result<ActorToken, CallError<400 | 402 | 422>>> {
  return call(core, op, request, options);
}
