// Generated from bapi-2026-05-12.yml (components/schemas/Domain). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
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

/** Structural shape of {@link Domain}: types, presence and nullability; unknown keys kept. */
export const Domain: s.Shape<Domain> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  name: s.string,
  is_satellite: s.boolean,
  frontend_api_url: s.string,
  accounts_portal_url: s.exactOptional(s.nullable(s.string)),
  proxy_url: s.exactOptional(s.nullable(s.string)),
  development_origin: s.string,
  cname_targets: s.exactOptional(s.nullable(s.array(CNameTarget))),
});
