// Generated from bapi-2026-05-12.yml (components/schemas/EnterpriseAccountConnection). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `EnterpriseAccountConnection` object of the Backend API. */
export type EnterpriseAccountConnection = {
  id: string;
  protocol: string;
  provider: string;
  name: string;
  logo_public_url: string | null;
  /** @deprecated */
  domain?: string;
  domains?: string[];
  active: boolean;
  sync_user_attributes: boolean;
  allow_subdomains: boolean;
  allow_idp_initiated: boolean;
  disable_additional_identifications: boolean;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
};

/** Structural shape of {@link EnterpriseAccountConnection}: types, presence and nullability; unknown keys kept. */
export const EnterpriseAccountConnection: s.Shape<EnterpriseAccountConnection> = /*#__PURE__*/ s.looseObject({
  id: s.string,
  protocol: s.string,
  provider: s.string,
  name: s.string,
  logo_public_url: s.nullable(s.string),
  domain: s.exactOptional(s.string),
  domains: s.exactOptional(s.array(s.string)),
  active: s.boolean,
  sync_user_attributes: s.boolean,
  allow_subdomains: s.boolean,
  allow_idp_initiated: s.boolean,
  disable_additional_identifications: s.boolean,
  created_at: s.number,
  updated_at: s.number,
});
