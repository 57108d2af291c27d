// Generated from bapi-2026-05-12.yml (CreateEnterpriseConnection). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { EnterpriseConnection } from "../models/enterpriseConnection.js";

/** The request of {@link enterpriseConnectionsCreate}: path, query and body keys by their wire names. */
export interface EnterpriseConnectionsCreateRequest {
  /** The display name of the connection */
  name: string;
  /** The identity provider (e.g. saml_custom, oidc_custom, oidc_github_enterprise, oidc_gitlab) */
  provider: "saml_custom" | "saml_okta" | "saml_google" | "saml_microsoft" | "oidc_custom" | "oidc_github_enterprise" | "oidc_gitlab";
  /** Domains associated with the enterprise connection (required; at least one). Values are normalized to lowercase. Each domain must be a valid fully qualified domain name. */
  domains: string[];
  /** Organization ID when the connection is linked to an organization */
  organization_id?: string | null;
  /** Whether this connection supports account linking via organization membership */
  allow_organization_account_linking?: boolean | null;
  /** Whether the enterprise connection is active. When true, IdP metadata must be provided via the `saml` object. */
  active?: boolean | null;
  /**
   * SAML connection-specific properties. Only applied when the enterprise connection uses SAML (e.g. provider is saml_custom).
   * Use this to set IdP configuration, attribute mapping, and other SAML-specific settings at creation time.
   */
  saml?: {
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
  /** OIDC connection-specific properties. Only applied when the enterprise connection uses OIDC (e.g. provider is oidc_custom, oidc_github_enterprise, or oidc_gitlab). */
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
  }[];
}

const op: Operation<EnterpriseConnection> = {
  id: "CreateEnterpriseConnection",
  method: "POST",
  path: "/enterprise_connections",
  body: { name: "s!", provider: "s!", domains: "s[]!", organization_id: "s?", allow_organization_account_linking: "b?", active: "b?", saml: "o?", oidc: "o?", custom_attributes: "a" },
  response: EnterpriseConnection,
};

/**
 * Create an enterprise connection
 *
 * Create a new enterprise connection.
 *
 * `POST /enterprise_connections` · documented errors: 402, 403, 404, 409, 422
 */
export function enterpriseConnectionsCreate(
  core: ClerkCore,
  request: EnterpriseConnectionsCreateRequest,
  options?: CallOptions,
): Promise<Result<EnterpriseConnection, CallError<402 | 403 | 404 | 409 | 422>>> {
  return call(core, op, request, options);
}
