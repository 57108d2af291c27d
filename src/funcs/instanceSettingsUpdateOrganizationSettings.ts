// Generated from bapi-2026-05-12.yml (UpdateInstanceOrganizationSettings). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OrganizationSettings } from "../models/organizationSettings.js";

/** The request of {@link instanceSettingsUpdateOrganizationSettings}: path, query and body keys by their wire names. */
export interface InstanceSettingsUpdateOrganizationSettingsRequest {
  enabled?: boolean | null;
  max_allowed_memberships?: number | null;
  admin_delete_enabled?: boolean | null;
  domains_enabled?: boolean | null;
  slug_disabled?: boolean | null;
  /**
   * Specify which enrollment modes to enable for your Organization Domains.
   * Supported modes are 'automatic_invitation' & 'automatic_suggestion'.
   */
  domains_enrollment_modes?: string[];
  /** Specify what the default organization role is for an organization creator. */
  creator_role_id?: string | null;
  /** Specify what the default organization role is for the organization domains. */
  domains_default_role_id?: string | null;
}

const op: Operation<OrganizationSettings> = {
  id: "UpdateInstanceOrganizationSettings",
  method: "PATCH",
  path: "/instance/organization_settings",
  body: { enabled: "b?", max_allowed_memberships: "i?", admin_delete_enabled: "b?", domains_enabled: "b?", slug_disabled: "b?", domains_enrollment_modes: "s[]", creator_role_id: "s?", domains_default_role_id: "s?" },
  response: OrganizationSettings,
};

/**
 * Update instance organization settings
 *
 * Updates the organization settings of the instance
 *
 * `PATCH /instance/organization_settings` · documented errors: 400, 402, 403, 404, 422
 */
export function instanceSettingsUpdateOrganizationSettings(
  core: ClerkCore,
  request?: InstanceSettingsUpdateOrganizationSettingsRequest,
  options?: CallOptions,
): Promise<Result<OrganizationSettings, CallError<400 | 402 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
