// Generated from bapi-2026-05-12.yml (components/schemas/SAMLAccountConnection). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `SAMLAccountConnection` object of the Backend API. */
export type SAMLAccountConnection = {
  id: string;
  name: string;
  /** @deprecated */
  domain?: string;
  domains?: string[];
  active: boolean;
  provider: string;
  sync_user_attributes: boolean;
  allow_subdomains?: boolean;
  allow_idp_initiated?: boolean;
  disable_additional_identifications?: boolean;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
};

/** Structural schema of {@link SAMLAccountConnection}: types, presence and nullability; unknown keys kept. */
export const SAMLAccountConnection: v.GenericSchema<unknown, SAMLAccountConnection> = /*#__PURE__*/ v.looseObject({
  id: v.string(),
  name: v.string(),
  domain: v.exactOptional(v.string()),
  domains: v.exactOptional(v.array(v.string())),
  active: v.boolean(),
  provider: v.string(),
  sync_user_attributes: v.boolean(),
  allow_subdomains: v.exactOptional(v.boolean()),
  allow_idp_initiated: v.exactOptional(v.boolean()),
  disable_additional_identifications: v.exactOptional(v.boolean()),
  created_at: v.number(),
  updated_at: v.number(),
});
