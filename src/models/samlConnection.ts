// Generated from bapi-2026-05-12.yml (components/schemas/SAMLConnection). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
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

/** Structural shape of {@link SAMLConnection}: types, presence and nullability; unknown keys kept. */
export const SAMLConnection: s.Shape<SAMLConnection> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  name: s.string,
  domain: s.exactOptional(s.string),
  domains: s.exactOptional(s.array(s.string)),
  idp_entity_id: s.nullable(s.string),
  idp_sso_url: s.nullable(s.string),
  idp_certificate: s.nullable(s.string),
  idp_certificate_issued_at: s.exactOptional(s.nullable(s.number)),
  idp_certificate_expires_at: s.exactOptional(s.nullable(s.number)),
  idp_metadata_url: s.exactOptional(s.nullable(s.string)),
  idp_metadata: s.exactOptional(s.nullable(s.string)),
  acs_url: s.string,
  sp_entity_id: s.string,
  sp_metadata_url: s.exactOptional(s.string),
  organization_id: s.exactOptional(s.nullable(s.string)),
  attribute_mapping: s.exactOptional(SAMLConnectionAttributeMapping),
  active: s.boolean,
  provider: s.string,
  user_count: s.number,
  sync_user_attributes: s.boolean,
  allow_subdomains: s.boolean,
  allow_idp_initiated: s.boolean,
  disable_additional_identifications: s.exactOptional(s.boolean),
  allow_organization_account_linking: s.exactOptional(s.boolean),
  force_authn: s.exactOptional(s.boolean),
  login_hint: s.exactOptional(SAMLConnectionLoginHint),
  enterprise_connection_id: s.exactOptional(s.nullable(s.string)),
  created_at: s.number,
  updated_at: s.number,
});
