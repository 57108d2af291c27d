// Generated from bapi-2026-05-12.yml (components/schemas/ProxyCheck). Do not edit: change codegen/ instead.
import * as v from "valibot";

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

/** Structural schema of {@link ProxyCheck}: types, presence and nullability; unknown keys kept. */
export const ProxyCheck: v.GenericSchema<unknown, ProxyCheck> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  domain_id: v.string(),
  last_run_at: v.nullable(v.number()),
  proxy_url: v.string(),
  successful: v.boolean(),
  created_at: v.number(),
  updated_at: v.number(),
});
