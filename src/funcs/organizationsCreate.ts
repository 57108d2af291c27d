// Generated from bapi-2026-05-12.yml (CreateOrganization). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Organization } from "../models/organization.js";

/** The request of {@link organizationsCreate}: path, query and body keys by their wire names. */
export interface OrganizationsCreateRequest {
  /**
   * The name of the new organization.
   * May not contain URLs or HTML.
   * Max length: 256
   */
  name: string;
  /** The ID of the User who will become the administrator for the new organization */
  created_by?: string | null;
  /** Metadata saved on the organization, accessible only from the Backend API */
  private_metadata?: Record<string, unknown> | null;
  /** Metadata saved on the organization, read-only from the Frontend API and fully accessible (read/write) from the Backend API */
  public_metadata?: Record<string, unknown> | null;
  /**
   * A slug for the new organization.
   * Can contain only lowercase alphanumeric characters and the dash "-".
   * Must be unique for the instance.
   * This field should only be included when slugs are enabled in the organization settings, refer to our [documentation](https://clerk.com/docs/guides/organizations/overview#organization-slugs).
   */
  slug?: string | null;
  /** The maximum number of memberships allowed for this organization */
  max_allowed_memberships?: number | null;
  /** A custom date/time denoting _when_ the organization was created, specified in RFC3339 format (e.g. `2012-10-20T07:15:20.902Z`). */
  created_at?: string | null;
  /** The key of the [role set](https://clerk.com/docs/guides/organizations/control-access/role-sets) to assign to this organization. */
  role_set_key?: string | null;
}

const op: Operation<Organization> = {
  id: "CreateOrganization",
  method: "POST",
  path: "/organizations",
  body: { name: "s!", created_by: "s?", private_metadata: "o?", public_metadata: "o?", slug: "s?", max_allowed_memberships: "i?", created_at: "s?", role_set_key: "s?" },
  response: Organization,
};

/**
 * Create an organization
 *
 * Creates a new organization with the given name for an instance.
 * You can specify an optional slug for the new organization.
 * If provided, the organization slug can contain only lowercase alphanumeric characters (letters and digits) and the dash "-".
 * Organization slugs must be unique for the instance.
 * You can provide additional metadata for the organization and set any custom attribute you want.
 * Organizations support private and public metadata.
 * Private metadata can only be accessed from the Backend API.
 * Public metadata can be accessed from the Backend API, and are read-only from the Frontend API.
 * The `created_by` user will see this as their [active organization](https://clerk.com/docs/organizations/overview#active-organization)
 * the next time they create a session, presuming they don't explicitly set a different organization as active before then.
 *
 * `POST /organizations` · documented errors: 400, 402, 403, 422
 */
export function organizationsCreate(
  core: ClerkCore,
  request: OrganizationsCreateRequest,
  options?: CallOptions,
): Promise<Result<Organization, CallError<400 | 402 | 403 | 422>>> {
  return call(core, op, request, options);
}
