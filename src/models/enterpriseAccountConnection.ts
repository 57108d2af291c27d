// Generated from bapi-2026-05-12.yml (components/schemas/EnterpriseAccountConnection). Do not edit: change codegen/ instead.
import * as v from "valibot";

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

/** Structural schema of {@link EnterpriseAccountConnection}: types, presence and nullability; unknown keys kept. */
export const EnterpriseAccountConnection: v.GenericSchema<unknown, EnterpriseAccountConnection> = /*#__PURE__*/ v.looseObject({
  id: v.string(),
  protocol: v.string(),
  provider: v.string(),
  name: v.string(),
  logo_public_url: v.nullable(v.string()),
  domain: v.exactOptional(v.string()),
  domains: v.exactOptional(v.array(v.string())),
  active: v.boolean(),
  sync_user_attributes: v.boolean(),
  allow_subdomains: v.boolean(),
  allow_idp_initiated: v.boolean(),
  disable_additional_identifications: v.boolean(),
  created_at: v.number(),
  updated_at: v.number(),
});
