// Generated from bapi-2026-05-12.yml (components/schemas/RedirectURL). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

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

/** Structural shape of {@link RedirectURL}: types, presence and nullability; unknown keys kept. */
export const RedirectURL: s.Shape<RedirectURL> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  url: s.string,
  created_at: s.number,
  updated_at: s.number,
});
