// Generated from bapi-2026-05-12.yml (components/schemas/RedirectURL). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `RedirectURL` object of the Backend API. */
export interface RedirectURL {
  object: "redirect_url" | (string & {});
  id: string;
  url: string;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
}

/** Structural schema of {@link RedirectURL}: types, presence and nullability; unknown keys kept. */
export const RedirectURL: v.GenericSchema<unknown, RedirectURL> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  url: v.string(),
  created_at: v.number(),
  updated_at: v.number(),
});
