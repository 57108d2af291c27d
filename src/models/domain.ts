// Generated from bapi-2026-05-12.yml (components/schemas/Domain). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { CNameTarget } from "./cNameTarget.js";

/** The `Domain` object of the Backend API. */
export interface Domain {
  object: "domain" | (string & {});
  id: string;
  name: string;
  is_satellite: boolean;
  frontend_api_url: string;
  /** Null for satellite domains. */
  accounts_portal_url?: string | null;
  proxy_url?: string | null;
  development_origin: string;
  cname_targets?: CNameTarget[] | null;
}

/** Structural schema of {@link Domain}: types, presence and nullability; unknown keys kept. */
export const Domain: v.GenericSchema<unknown, Domain> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  name: v.string(),
  is_satellite: v.boolean(),
  frontend_api_url: v.string(),
  accounts_portal_url: v.exactOptional(v.nullable(v.string())),
  proxy_url: v.exactOptional(v.nullable(v.string())),
  development_origin: v.string(),
  cname_targets: v.exactOptional(v.nullable(v.array(CNameTarget))),
});
