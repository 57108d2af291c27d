// Generated from bapi-2026-05-12.yml (components/schemas/ProxyCheck). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `ProxyCheck` object of the Backend API. */
export interface ProxyCheck {
  object: "proxy_check" | (string & {});
  id: string;
  domain_id: string;
  /** Unix timestamp of last run. */
  last_run_at: number | null;
  proxy_url: string;
  successful: boolean;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
}

/** Structural shape of {@link ProxyCheck}: types, presence and nullability; unknown keys kept. */
export const ProxyCheck: s.Shape<ProxyCheck> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  domain_id: s.string,
  last_run_at: s.nullable(s.number),
  proxy_url: s.string,
  successful: s.boolean,
  created_at: s.number,
  updated_at: s.number,
});
