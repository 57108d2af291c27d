// Generated from bapi-2026-05-12.yml (components/schemas/SAMLConnection). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { SAMLConnectionAttributeMapping } from "./samlConnectionAttributeMapping.js";
import { SAMLConnectionLoginHint } from "./samlConnectionLoginHint.js";

/** The `SAMLConnection` object of the Backend API. */
export type SAMLConnection = {
  object: "saml_connection" | (string & {});
  id: string;
  name: string;
  /** @deprecated */
  domain?: string;
  domains?: string[];
  idp_entity_id: string | null;
  idp_sso_url: string | null;
  idp_certificate: string | null;
  /** Unix timestamp (milliseconds) of the start of the IdP certificate validity window (X.509 NotBefore). Null when no certificate is configured. */
  idp_certificate_issued_at?: number | null;
  /** Unix timestamp (milliseconds) of the end of the IdP certificate validity window (X.509 NotAfter). Null when no certificate is configured. */
  idp_certificate_expires_at?: number | null;
  idp_metadata_url?: string | null;
  idp_metadata?: string | null;
  acs_url: string;
  sp_entity_id: string;
  sp_metadata_url?: string;
  organization_id?: string | null;
  attribute_mapping?: SAMLConnectionAttributeMapping;
  active: boolean;
  provider: string;
  user_count: number;
  sync_user_attributes: boolean;
  allow_subdomains: boolean;
  allow_idp_initiated: boolean;
  disable_additional_identifications?: boolean;
  allow_organization_account_linking?: boolean;
  /** Enable or deactivate ForceAuthn */
  force_authn?: boolean;
  login_hint?: SAMLConnectionLoginHint;
  enterprise_connection_id?: string | null;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
};

/** Structural schema of {@link SAMLConnection}: types, presence and nullability; unknown keys kept. */
export const SAMLConnection: v.GenericSchema<unknown, SAMLConnection> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  name: v.string(),
  domain: v.exactOptional(v.string()),
  domains: v.exactOptional(v.array(v.string())),
  idp_entity_id: v.nullable(v.string()),
  idp_sso_url: v.nullable(v.string()),
  idp_certificate: v.nullable(v.string()),
  idp_certificate_issued_at: v.exactOptional(v.nullable(v.number())),
  idp_certificate_expires_at: v.exactOptional(v.nullable(v.number())),
  idp_metadata_url: v.exactOptional(v.nullable(v.string())),
  idp_metadata: v.exactOptional(v.nullable(v.string())),
  acs_url: v.string(),
  sp_entity_id: v.string(),
  sp_metadata_url: v.exactOptional(v.string()),
  organization_id: v.exactOptional(v.nullable(v.string())),
  attribute_mapping: v.exactOptional(SAMLConnectionAttributeMapping),
  active: v.boolean(),
  provider: v.string(),
  user_count: v.number(),
  sync_user_attributes: v.boolean(),
  allow_subdomains: v.boolean(),
  allow_idp_initiated: v.boolean(),
  disable_additional_identifications: v.exactOptional(v.boolean()),
  allow_organization_account_linking: v.exactOptional(v.boolean()),
  force_authn: v.exactOptional(v.boolean()),
  login_hint: v.exactOptional(SAMLConnectionLoginHint),
  enterprise_connection_id: v.exactOptional(v.nullable(v.string())),
  created_at: v.number(),
  updated_at: v.number(),
});
