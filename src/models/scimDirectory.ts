// Generated from bapi-2026-05-12.yml (components/schemas/SCIMDirectory). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** A directory configuration for provisioning users via SCIM protocol. */
export interface SCIMDirectory {
  /** String representing the object's type. Always "scim_directory". */
  object: "scim_directory" | (string & {});
  /** Unique identifier for the directory. */
  id: string;
  /** A human-friendly name for the directory. */
  name: string;
  /** The ID of the associated enterprise connection. */
  enterprise_connection_id?: string | null;
  /** The SCIM endpoint URL for this directory. */
  endpoint_url: string;
  /** The identity provider for this directory. */
  provider: string;
  /** Whether the directory is enabled. */
  enabled: boolean;
  /** Whether group-to-role mapping is enabled for this directory. */
  group_role_mapping_enabled: boolean;
  /** Mapping of user attributes to the SCIM attribute paths they are extracted from. */
  attribute_mapping: Record<string, string>;
  /** Custom attributes to map from the IdP to the user's profile via SCIM provisioning. Requires the custom attributes feature to be enabled for the instance. */
  custom_attributes?: {
    /** Display name for the custom attribute */
    name?: string;
    /** Key used to store the attribute in the user's public/private/unsafe metadata */
    key?: string;
    /** Path to extract the attribute value from SSO claims (SAML assertions or OIDC claims) */
    sso_path?: string;
    /** GJSON path to extract the attribute value from SCIM user resources */
    scim_path?: string;
    /** GJSON path to extract the attribute value from directory sync user resources. Same value as `scim_path`. */
    directory_path?: string;
    /** When true, the attribute supports multiple values; values from the IdP are written to public_metadata as an array. Defaults to false. */
    multi_valued?: boolean;
  }[];
  /** The API key for authenticating SCIM requests. Only returned when the directory is created or the key is rotated. */
  api_key?: string | null;
  /** Unix timestamp when the directory was created. */
  created_at: number;
  /** Unix timestamp when the directory was last updated. */
  updated_at: number;
}

/** Structural shape of {@link SCIMDirectory}: types, presence and nullability; unknown keys kept. */
export const SCIMDirectory: s.Shape<SCIMDirectory> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  name: s.string,
  enterprise_connection_id: s.exactOptional(s.nullable(s.string)),
  endpoint_url: s.string,
  provider: s.string,
  enabled: s.boolean,
  group_role_mapping_enabled: s.boolean,
  attribute_mapping: s.record(s.string),
  custom_attributes: s.exactOptional(s.array(s.looseObject({
    name: s.exactOptional(s.string),
    key: s.exactOptional(s.string),
    sso_path: s.exactOptional(s.string),
    scim_path: s.exactOptional(s.string),
    directory_path: s.exactOptional(s.string),
    multi_valued: s.exactOptional(s.boolean),
  }))),
  api_key: s.exactOptional(s.nullable(s.string)),
  created_at: s.number,
  updated_at: s.number,
});
