// Generated from bapi-2026-05-12.yml (CreateSAMLConnection). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { SAMLConnection } from "../models/samlConnection.js";

/** The request of {@link samlConnectionsCreate}: path, query and body keys by their wire names. */
export interface SamlConnectionsCreateRequest {
  /** The name to use as a label for this SAML Connection */
  name: string;
  /**
   * The domain of your organization. Sign in flows using an email with this domain, will use this SAML Connection.
   *
   * @deprecated
   */
  domain?: string;
  /** The domains of your organization. Sign in flows using an email with one of these domains, will use this SAML Connection. */
  domains?: string[];
  /** The IdP provider of the connection. */
  provider: "saml_custom" | "saml_okta" | "saml_google" | "saml_microsoft";
  /** The Entity ID as provided by the IdP */
  idp_entity_id?: string | null;
  /** The Single-Sign On URL as provided by the IdP */
  idp_sso_url?: string | null;
  /** The X.509 certificate as provided by the IdP */
  idp_certificate?: string | null;
  /** The URL which serves the IdP metadata. If present, it takes priority over the corresponding individual properties */
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
  /** Enable or deactivate ForceAuthn */
  force_authn?: boolean;
  /** Configuration for the login_hint sent to the IdP on SSO sign-in */
  login_hint?: {
    /** Controls the login_hint sent to the IdP on SSO sign-in */
    mode: "email_address" | "custom_attribute" | "off";
    /** The user public_metadata key whose value is sent as the login_hint when mode is custom_attribute */
    source?: string;
  } | null;
}

const op: Operation<SAMLConnection> = {
  id: "CreateSAMLConnection",
  method: "POST",
  path: "/saml_connections",
  body: { name: "s!", domain: "s", domains: "s[]", provider: "s!", idp_entity_id: "s?", idp_sso_url: "s?", idp_certificate: "s?", idp_metadata_url: "s?", idp_metadata: "s?", organization_id: "s?", attribute_mapping: "o?", force_authn: "b", login_hint: "o?" },
  response: SAMLConnection,
};

/**
 * Create a SAML Connection
 *
 * Create a new SAML Connection.
 * Deprecated: Use the Enterprise Connections API instead. This endpoint will be removed in future versions.
 *
 * `POST /saml_connections` · documented errors: 402, 403, 404, 409, 422
 *
 * @deprecated This operation is deprecated by the API.
 */
export function samlConnectionsCreate(
  core: ClerkCore,
  request: SamlConnectionsCreateRequest,
  options?: CallOptions,
): Promise<Result<SAMLConnection, CallError<402 | 403 | 404 | 409 | 422>>> {
  return call(core, op, request, options);
}
