// Generated from bapi-2026-05-12.yml (GetInstanceOrganizationSettings). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import type { EmptyRequest } from "../core/request.js";
import { OrganizationSettings } from "../models/organizationSettings.js";

const op: Operation<OrganizationSettings> = {
  id: "GetInstanceOrganizationSettings",
  method: "GET",
  path: "/instance/organization_settings",
  response: OrganizationSettings,
};

/**
 * Get instance organization settings
 *
 * Retrieves the organization settings of the instance
 *
 * `GET /instance/organization_settings` · documented errors: 402, 404, 422
 */
export function instanceSettingsGetOrganizationSettings(
  core: ClerkCore,
  request?: EmptyRequest,
  options?: CallOptions,
): Promise<Result<OrganizationSettings, CallError<402 | 404 | 422>>> {
  return call(core, op, request, options);
}
