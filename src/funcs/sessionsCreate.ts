// Generated from bapi-2026-05-12.yml (createSession). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Session } from "../models/session.js";

/** The request of {@link sessionsCreate}: path, query and body keys by their wire names. */
export interface SessionsCreateRequest {
  /** The ID representing the user */
  user_id: string;
  /** The ID of the organization to set as active for this session */
  active_organization_id?: string;
}

const op: Operation<Session> = {
  id: "createSession",
  method: "POST",
  path: "/sessions",
  body: { user_id: "s!", active_organization_id: "s" },
  response: Session,
};

/**
 * Create a new active session
 *
 * Create a new active session for the provided user ID.
 *
 * **This operation is intended only for use in testing, and is not available for production instances.** If you are looking to generate a user session from the backend,
 * we recommend using the [Sign-in Tokens](https://clerk.com/docs/reference/backend-api/tag/Sign-in-Tokens#operation/CreateSignInToken) resource instead.
 *
 * `POST /sessions` · documented errors: 400, 401, 404, 422
 */
export function sessionsCreate(
  core: ClerkCore,
  request: SessionsCreateRequest,
  options?: CallOptions,
): Promise<Result<Session, CallError<400 | 401 | 404 | 422>>> {
  return call(core, op, request, options);
}
