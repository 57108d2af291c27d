// Generated from bapi-2026-05-12.yml (VerifyClient). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Client } from "../models/client.js";

/** The request of {@link clientsVerify}: path, query and body keys by their wire names. */
export interface ClientsVerifyRequest {
  /** A JWT that represents the active client. */
  token: string;
}

const op: Operation<Client> = {
  id: "VerifyClient",
  method: "POST",
  path: "/clients/verify",
  body: { token: "s!" },
  response: Client,
};

/**
 * Verify a client
 *
 * Verifies the client in the provided token
 *
 * `POST /clients/verify` · documented errors: 400, 401, 404
 */
export function clientsVerify(
  core: ClerkCore,
  request: ClientsVerifyRequest,
  options?: CallOptions,
): Promise<Result<Client, CallError<400 | 401 | 404>>> {
  return call(core, op, request, options);
}
