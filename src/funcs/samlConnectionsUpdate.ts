// Generated from bapi-2026-05-12.yml (UpdateSAMLConnection). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { SAMLConnection } from "../models/samlConnection.js";

/** The request of {@link samlConnectionsUpdate}: path, query and body keys by their wire names. */
export interface SamlConnectionsUpdateRequest {
  /** The ID of the SAML Connection to update */
  saml_connection_id: string;
  /** The name of the new SAML Connection */
  name?: string | null;
  /**
   * The domain to use for the new SAML Connection
   *
   * @deprecated
   */
  domain?: string | null;
  /** A list of the domains on use for the SAML connection */
  domains?: string[] | null;
  /** The Entity ID as provided by the IdP */
  idp_entity_id?: string | null;
  /** The SSO URL as provided by the IdP */
  idp_sso_url?: string | null;
  /** The x509 certificated as provided by the IdP */
  idp_certificate?: string | null;
  /** The URL which serves the IdP metadata. If present, it takes priority over the corresponding individual properties and replaces them */
  idp_metadata_url?: string | null;
  /** The XML content of the IdP metadata file. If present, it takes priority over the corresponding individual properties */
  idp_metadata?: string | null;
  /** The ID of the organization to which users of this SAML Connection will be added */
  organization_id?: string | null;
  /** Define the attribute name mapping between Identity Provider and Clerk's user properties */
  attribute_mapping?: {
    user_id?: string;
    email_address?: string;
    first_name?: string;
    last_name?: string;
  } | null;
  /** Activate or de-activate the SAML Connection */
  active?: boolean | null;
  /** Controls whether to update the user's attributes in each sign-in */
  sync_user_attributes?: boolean | null;
  /** Allow users with an email address subdomain to use this connection in order to authenticate */
  allow_subdomains?: boolean | null;
  /** Enable or deactivate IdP-initiated flows */
  allow_idp_initiated?: boolean | null;
  /** Enable or deactivate additional identifications */
  disable_additional_identifications?: boolean | null;
  /** Whether this connection supports account linking via organization membership */
  allow_organization_account_linking?: boolean | null;
  /** Enable or deactivate ForceAuthn */
  force_authn?: boolean;
  /** Configuration for the login_hint sent to the IdP on SSO sign-in */
  login_hint?: {
    /** Controls the login_hint sent to the IdP on SSO sign-in */
    mode: "email_address" | "custom_attribute" | "off";
    /** The user public_metadata key whose value is sent as the login_hint when mode is custom_attribute */
    source?: string;
  } | null;
  /** When enabling the connection, controls behavior when verified domains used for enrollment modes like automatic invitation or automatic suggestion already exist for the same domain. If true, those verified domains are removed and the connection is enabled. If false or omitted, the request fails when any such verified domain exists. */
  consent_verified_domains_deletion?: boolean | null;
}

const op: Operation<SAMLConnection> = {
  id: "UpdateSAMLConnection",
  method: "PATCH",
  path: "/saml_connections/{saml_connection_id}",
  body: { name: "s?", domain: "s?", domains: "s[]?", idp_entity_id: "s?", idp_sso_url: "s?", idp_certificate: "s?", idp_metadata_url: "s?", idp_metadata: "s?", organization_id: "s?", attribute_mapping: "o?", active: "b?", sync_user_attributes: "b?", allow_subdomains: "b?", allow_idp_initiated: "b?", disable_additional_identifications: "b?", allow_organization_account_linking: "b?", force_authn: "b", login_hint: "o?", consent_verified_domains_deletion: "b?" },
  response: SAMLConnection,
};

/**
 * Update a SAML Connection
 *
 * Updates the SAML Connection whose ID matches the provided `id` in the path.
 * Deprecated: Use the Enterprise Connections API instead. This endpoint will be removed in future versions.
 *
 * `PATCH /saml_connections/{saml_connection_id}` · documented errors: 402, 403, 404, 409, 422
 *
 * @deprecated This operation is deprecated by the API.
 */
export function samlConnectionsUpdate(
  core: ClerkCore,
  request: SamlConnectionsUpdateRequest,
  options?: CallOptions,
): Promise<Result<SAMLConnection, CallError<402 | 403 | 404 | 409 | 422>>> {
  return call(core, op, request, options);
}
