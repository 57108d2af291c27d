// Generated from bapi-2026-05-12.yml (GetSAMLConnection). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { SAMLConnection } from "../models/samlConnection.js";

/** The request of {@link samlConnectionsGet}: path, query and body keys by their wire names. */
export interface SamlConnectionsGetRequest {
  /** The ID of the SAML Connection */
  saml_connection_id: string;
}

const op: Operation<SAMLConnection> = {
  id: "GetSAMLConnection",
  method: "GET",
  path: "/saml_connections/{saml_connection_id}",
  response: SAMLConnection,
};

/**
 * Retrieve a SAML Connection by ID
 *
 * Fetches the SAML Connection whose ID matches the provided `saml_connection_id` in the path.
 * Deprecated: Use the Enterprise Connections API instead. This endpoint will be removed in future versions.
 *
 * `GET /saml_connections/{saml_connection_id}` · documented errors: 402, 403, 404
 *
 * @deprecated This operation is deprecated by the API.
 */
export function samlConnectionsGet(
  core: ClerkCore,
  request: SamlConnectionsGetRequest,
  options?: CallOptions,
): Promise<Result<SAMLConnection, CallError<402 | 403 | 404>>> {
  return call(core, op, request, options);
}
