// Generated from bapi-2026-05-12.yml (UpdateEnterpriseConnection). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { EnterpriseConnection } from "../models/enterpriseConnection.js";

/** The request of {@link enterpriseConnectionsUpdate}: path, query and body keys by their wire names. */
export interface EnterpriseConnectionsUpdateRequest {
  /** The ID of the enterprise connection to update */
  enterprise_connection_id: string;
  /** The display name of the enterprise connection */
  name?: string | null;
  /**
   * Domains associated with the enterprise connection. Values are normalized to lowercase.
   * Empty array means ignored (no change); non-empty array means set domains to the given list (replaces existing).
   */
  domains?: string[] | null;
  /** Whether the enterprise connection is active. When set to true (enabling), any existing verified organization domains for the same domain(s) will be removed so the connection can be enabled. */
  active?: boolean | null;
  /** Whether to sync user attributes on sign-in */
  sync_user_attributes?: boolean | null;
  /** Whether to disable additional identifications */
  disable_additional_identifications?: boolean | null;
  /** Whether this connection supports account linking via organization membership */
  allow_organization_account_linking?: boolean | null;
  /** Organization ID to link to this enterprise connection. Only linking is supported; sending this field sets or changes the linked organization. There is no way to unlink an organization once linked. */
  organization_id?: string | null;
  /**
   * SAML connection-specific properties. Only applied when the enterprise connection uses SAML.
   * Use this to update IdP configuration, attribute mapping, and other SAML-specific settings.
   */
  saml?: {
    /** Display name of the SAML connection */
    name?: string | null;
    /** IdP entity ID */
    idp_entity_id?: string | null;
    /** IdP SSO URL */
    idp_sso_url?: string | null;
    /** IdP certificate (PEM) */
    idp_certificate?: string | null;
    /** URL to IdP metadata */
    idp_metadata_url?: string | null;
    /** Raw IdP metadata XML */
    idp_metadata?: string | null;
    /** Attribute mapping for SAML attributes */
    attribute_mapping?: {
      user_id?: string | null;
      email_address?: string | null;
      first_name?: string | null;
      last_name?: string | null;
    } | null;
    allow_subdomains?: boolean | null;
    allow_idp_initiated?: boolean | null;
    force_authn?: boolean | null;
    /** Configuration for the login_hint sent to the IdP on SSO sign-in */
    login_hint?: {
      /** Controls the login_hint sent to the IdP on SSO sign-in */
      mode: "email_address" | "custom_attribute" | "off";
      /** The user public_metadata key whose value is sent as the login_hint when mode is custom_attribute */
      source?: string;
    } | null;
  } | null;
  /** OIDC connection-specific properties. Only applied when the enterprise connection uses OIDC (e.g. oidc_custom, oidc_github_enterprise, or oidc_gitlab). */
  oidc?: {
    /** OIDC client ID */
    client_id?: string | null;
    /** OIDC client secret */
    client_secret?: string | null;
    /** OIDC discovery URL */
    discovery_url?: string | null;
    /** OIDC authorization URL */
    auth_url?: string | null;
    /** OIDC token URL */
    token_url?: string | null;
    /** OIDC userinfo URL */
    user_info_url?: string | null;
    /** Whether PKCE is required (must be true for public clients with no client secret) */
    requires_pkce?: boolean | null;
  } | null;
  /** Custom attributes to map from the IdP to the user's profile via SSO or SCIM provisioning. Requires the custom attributes feature to be enabled for the instance. */
  custom_attributes?: {
    /** Display name for the custom attribute */
    name: string;
    /** Key used to store the attribute in the user's metadata */
    key: string;
    /** Path to extract the attribute value from SSO claims */
    sso_path?: string;
    /** GJSON path to extract the attribute value from SCIM user resources */
    scim_path?: string;
    /** The new name for `scim_path`. Send either one, or both with the same value; sending both with different values is rejected. */
    directory_path?: string;
    /** When true, the attribute supports multiple values; values from the IdP are written to public_metadata as an array. Defaults to false. */
    multi_valued?: boolean;
  }[] | null;
}

const op: Operation<EnterpriseConnection> = {
  id: "UpdateEnterpriseConnection",
  method: "PATCH",
  path: "/enterprise_connections/{enterprise_connection_id}",
  body: { name: "s?", domains: "s[]?", active: "b?", sync_user_attributes: "b?", disable_additional_identifications: "b?", allow_organization_account_linking: "b?", organization_id: "s?", saml: "o?", oidc: "o?", custom_attributes: "a?" },
  response: EnterpriseConnection,
};

/**
 * Update an enterprise connection
 *
 * Updates the enterprise connection whose ID matches the provided `enterprise_connection_id` in the path.
 * When enabling the connection (setting `active` to true), any existing verified organization domains that match the connection's domains (e.g. used for enrollment modes like automatic invitation) may be deleted so the connection can be enabled.
 *
 * `PATCH /enterprise_connections/{enterprise_connection_id}` · documented errors: 400, 402, 403, 404, 422
 */
export function enterpriseConnectionsUpdate(
  core: ClerkCore,
  request: EnterpriseConnectionsUpdateRequest,
  options?: CallOptions,
): Promise<Result<EnterpriseConnection, CallError<400 | 402 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
