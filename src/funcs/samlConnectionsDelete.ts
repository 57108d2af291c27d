// Generated from bapi-2026-05-12.yml (DeleteSAMLConnection). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DeletedObject } from "../models/deletedObject.js";

/** The request of {@link samlConnectionsDelete}: path, query and body keys by their wire names. */
export interface SamlConnectionsDeleteRequest {
  /** The ID of the SAML Connection to delete */
  saml_connection_id: string;
}

const op: Operation<DeletedObject> = {
  id: "DeleteSAMLConnection",
  method: "DELETE",
  path: "/saml_connections/{saml_connection_id}",
  response: DeletedObject,
};

/**
 * Delete a SAML Connection
 *
 * Deletes the SAML Connection whose ID matches the provided `id` in the path.
 * Deprecated: Use the Enterprise Connections API instead. This endpoint will be removed in future versions.
 *
 * `DELETE /saml_connections/{saml_connection_id}` · documented errors: 402, 403, 404
 *
 * @deprecated This operation is deprecated by the API.
 */
export function samlConnectionsDelete(
  core: ClerkCore,
  request: SamlConnectionsDeleteRequest,
  options?: CallOptions,
): Promise<Result<DeletedObject, CallError<402 | 403 | 404>>> {
  return call(core, op, request, options);
}
