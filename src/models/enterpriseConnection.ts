// Generated from bapi-2026-05-12.yml (components/schemas/EnterpriseConnection). Do not edit: change codegen/ instead.
import * as v from "valibot";

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

/** Structural schema of {@link EnterpriseConnection}: types, presence and nullability; unknown keys kept. */
export const EnterpriseConnection: v.GenericSchema<unknown, EnterpriseConnection> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  name: v.string(),
  provider: v.string(),
  logo_public_url: v.exactOptional(v.nullable(v.string())),
  active: v.boolean(),
  domains: v.array(v.string()),
  organization_id: v.exactOptional(v.nullable(v.string())),
  sync_user_attributes: v.exactOptional(v.boolean()),
  disable_additional_identifications: v.exactOptional(v.boolean()),
  allow_organization_account_linking: v.exactOptional(v.boolean()),
  custom_attributes: v.exactOptional(v.array(v.looseObject({
    name: v.string(),
    key: v.string(),
    sso_path: v.exactOptional(v.string()),
    scim_path: v.exactOptional(v.string()),
    directory_path: v.exactOptional(v.string()),
    multi_valued: v.exactOptional(v.boolean()),
  }))),
  saml_connection: v.exactOptional(v.nullable(v.looseObject({
    id: v.exactOptional(v.string()),
    name: v.exactOptional(v.string()),
    idp_entity_id: v.exactOptional(v.nullable(v.string())),
    idp_sso_url: v.exactOptional(v.nullable(v.string())),
    idp_metadata_url: v.exactOptional(v.nullable(v.string())),
    acs_url: v.exactOptional(v.nullable(v.string())),
    sp_entity_id: v.exactOptional(v.nullable(v.string())),
    sp_metadata_url: v.exactOptional(v.nullable(v.string())),
    active: v.exactOptional(v.boolean()),
    allow_idp_initiated: v.exactOptional(v.boolean()),
    allow_subdomains: v.exactOptional(v.boolean()),
    force_authn: v.exactOptional(v.boolean()),
    login_hint: v.exactOptional(v.looseObject({
      mode: v.string(),
      source: v.exactOptional(v.string()),
    })),
  }))),
  oauth_config: v.exactOptional(v.nullable(v.looseObject({
    id: v.exactOptional(v.string()),
    name: v.exactOptional(v.string()),
    provider_key: v.exactOptional(v.string()),
    client_id: v.exactOptional(v.nullable(v.string())),
    discovery_url: v.exactOptional(v.nullable(v.string())),
    auth_url: v.exactOptional(v.nullable(v.string())),
    token_url: v.exactOptional(v.nullable(v.string())),
    user_info_url: v.exactOptional(v.nullable(v.string())),
    requires_pkce: v.exactOptional(v.boolean()),
    logo_public_url: v.exactOptional(v.nullable(v.string())),
    created_at: v.exactOptional(v.number()),
    updated_at: v.exactOptional(v.number()),
  }))),
  created_at: v.number(),
  updated_at: v.number(),
});
