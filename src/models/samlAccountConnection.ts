// Generated from bapi-2026-05-12.yml (components/schemas/SAMLAccountConnection). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

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

/** Structural shape of {@link SAMLAccountConnection}: types, presence and nullability; unknown keys kept. */
export const SAMLAccountConnection: s.Shape<SAMLAccountConnection> = /*#__PURE__*/ s.looseObject({
  id: s.string,
  name: s.string,
  domain: s.exactOptional(s.string),
  domains: s.exactOptional(s.array(s.string)),
  active: s.boolean,
  provider: s.string,
  sync_user_attributes: s.boolean,
  allow_subdomains: s.exactOptional(s.boolean),
  allow_idp_initiated: s.exactOptional(s.boolean),
  disable_additional_identifications: s.exactOptional(s.boolean),
  created_at: s.number,
  updated_at: s.number,
});
