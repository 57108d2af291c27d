// Generated from bapi-2026-05-12.yml (GetClient). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Client } from "../models/client.js";

/** The request of {@link clientsGet}: path, query and body keys by their wire names. */
export interface ClientsGetRequest {
  /** Client ID. */
  client_id: string;
}

const op: Operation<Client> = {
  id: "GetClient",
  method: "GET",
  path: "/clients/{client_id}",
  response: Client,
};

/**
 * Get a client
 *
 * Returns the details of a client.
 *
 * `GET /clients/{client_id}` · documented errors: 400, 401, 404
 */
export function clientsGet(
  core: ClerkCore,
  request: ClientsGetRequest,
  options?: CallOptions,
): Promise<Result<Client, CallError<400 | 401 | 404>>> {
  return call(core, op, request, options);
}
