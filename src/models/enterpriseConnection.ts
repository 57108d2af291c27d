// Generated from bapi-2026-05-12.yml (components/schemas/EnterpriseConnection). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `EnterpriseConnection` object of the Backend API. */
export interface EnterpriseConnection {
  object: "enterprise_connection" | (string & {});
  /** The enterprise connection ID */
  id: string;
  /** The display name of the connection */
  name: string;
  provider: string;
  logo_public_url?: string | null;
  /** Whether the enterprise connection is active */
  active: boolean;
  /** Domains associated with the enterprise connection */
  domains: string[];
  /** Organization ID when the connection is linked to an organization */
  organization_id?: string | null;
  /** Controls whether to update the user's attributes on each sign-in */
  sync_user_attributes?: boolean;
  /** When true, users cannot add additional identifications when using this connection */
  disable_additional_identifications?: boolean;
  /** Whether this connection supports account linking via organization membership */
  allow_organization_account_linking?: boolean;
  /** Custom attributes to map from the IdP to the user's profile via SSO or SCIM provisioning */
  custom_attributes?: {
    /** Display name for the custom attribute */
    name: string;
    /** Key used to store the attribute in the user's public/private/unsafe metadata */
    key: string;
    /** Path to extract the attribute value from SSO claims (SAML assertions or OIDC claims) */
    sso_path?: string;
    /** GJSON path to extract the attribute value from SCIM user resources */
    scim_path?: string;
    /** GJSON path to extract the attribute value from directory sync user resources. Same value as `scim_path`. */
    directory_path?: string;
    /** When true, the attribute supports multiple values; values from the IdP are written to public_metadata as an array. Defaults to false. */
    multi_valued?: boolean;
  }[];
  /** Present when the enterprise connection uses SAML */
  saml_connection?: {
    /** SAML connection ID */
    id?: string;
    /** SAML connection display name */
    name?: string;
    /** IdP entity ID (optional, when connection details are loaded) */
    idp_entity_id?: string | null;
    /** IdP SSO URL (optional, when connection details are loaded) */
    idp_sso_url?: string | null;
    /** IdP metadata URL (optional, when connection details are loaded) */
    idp_metadata_url?: string | null;
    /** Assertion Consumer Service URL */
    acs_url?: string | null;
    /** Service Provider entity ID */
    sp_entity_id?: string | null;
    /** Service Provider metadata URL */
    sp_metadata_url?: string | null;
    /** Whether the SAML connection is active */
    active?: boolean;
    /** Whether IdP-initiated SSO is allowed */
    allow_idp_initiated?: boolean;
    /** Whether subdomains are allowed for domain matching */
    allow_subdomains?: boolean;
    /** Whether to force re-authentication */
    force_authn?: boolean;
    /** Configuration for the login_hint sent to the IdP on SSO sign-in */
    login_hint?: {
      /** Controls the login_hint sent to the IdP on SSO sign-in */
      mode: "email_address" | "custom_attribute" | "off" | (string & {});
      /** The user public_metadata key whose value is sent as the login_hint when mode is custom_attribute */
      source?: string;
    };
  } | null;
  /** Present when the enterprise connection uses OIDC or EASIE */
  oauth_config?: {
    /** OAuth config ID */
    id?: string;
    /** Custom OIDC provider display name */
    name?: string;
    /** OAuth provider key (e.g. oidc_custom, oidc_ghe_*, oidc_gitlab_ent_*) */
    provider_key?: string;
    /** OAuth client ID */
    client_id?: string | null;
    /** OIDC discovery URL */
    discovery_url?: string | null;
    /** OAuth authorization endpoint URL (present when configured or resolved from discovery) */
    auth_url?: string | null;
    /** OAuth token endpoint URL (present when configured or resolved from discovery) */
    token_url?: string | null;
    /** OIDC userinfo endpoint URL (present when configured or resolved from discovery) */
    user_info_url?: string | null;
    /** Whether PKCE is required for this OAuth client */
    requires_pkce?: boolean;
    /** Logo URL for the provider */
    logo_public_url?: string | null;
    /** Unix timestamp in milliseconds when the config was created */
    created_at?: number;
    /** Unix timestamp in milliseconds when the config was last updated */
    updated_at?: number;
  } | null;
  /** Unix timestamp in milliseconds when the connection was created */
  created_at: number;
  /** Unix timestamp in milliseconds when the connection was last updated */
  updated_at: number;
}

/** Structural shape of {@link EnterpriseConnection}: types, presence and nullability; unknown keys kept. */
export const EnterpriseConnection: s.Shape<EnterpriseConnection> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  name: s.string,
  provider: s.string,
  logo_public_url: s.exactOptional(s.nullable(s.string)),
  active: s.boolean,
  domains: s.array(s.string),
  organization_id: s.exactOptional(s.nullable(s.string)),
  sync_user_attributes: s.exactOptional(s.boolean),
  disable_additional_identifications: s.exactOptional(s.boolean),
  allow_organization_account_linking: s.exactOptional(s.boolean),
  custom_attributes: s.exactOptional(s.array(s.looseObject({
    name: s.string,
    key: s.string,
    sso_path: s.exactOptional(s.string),
    scim_path: s.exactOptional(s.string),
    directory_path: s.exactOptional(s.string),
    multi_valued: s.exactOptional(s.boolean),
  }))),
  saml_connection: s.exactOptional(s.nullable(s.looseObject({
    id: s.exactOptional(s.string),
    name: s.exactOptional(s.string),
    idp_entity_id: s.exactOptional(s.nullable(s.string)),
    idp_sso_url: s.exactOptional(s.nullable(s.string)),
    idp_metadata_url: s.exactOptional(s.nullable(s.string)),
    acs_url: s.exactOptional(s.nullable(s.string)),
    sp_entity_id: s.exactOptional(s.nullable(s.string)),
    sp_metadata_url: s.exactOptional(s.nullable(s.string)),
    active: s.exactOptional(s.boolean),
    allow_idp_initiated: s.exactOptional(s.boolean),
    allow_subdomains: s.exactOptional(s.boolean),
    force_authn: s.exactOptional(s.boolean),
    login_hint: s.exactOptional(s.looseObject({
      mode: s.string,
      source: s.exactOptional(s.string),
    })),
  }))),
  oauth_config: s.exactOptional(s.nullable(s.looseObject({
    id: s.exactOptional(s.string),
    name: s.exactOptional(s.string),
    provider_key: s.exactOptional(s.string),
    client_id: s.exactOptional(s.nullable(s.string)),
    discovery_url: s.exactOptional(s.nullable(s.string)),
    auth_url: s.exactOptional(s.nullable(s.string)),
    token_url: s.exactOptional(s.nullable(s.string)),
    user_info_url: s.exactOptional(s.nullable(s.string)),
    requires_pkce: s.exactOptional(s.boolean),
    logo_public_url: s.exactOptional(s.nullable(s.string)),
    created_at: s.exactOptional(s.number),
    updated_at: s.exactOptional(s.number),
  }))),
  created_at: s.number,
  updated_at: s.number,
});
