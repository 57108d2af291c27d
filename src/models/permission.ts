// Generated from bapi-2026-05-12.yml (components/schemas/Permission). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `Permission` object of the Backend API. */
export interface Permission {
  object: "permission" | (string & {});
  id: string;
  name: string;
  key: string;
  description: string;
  type: string;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
}

/** Structural shape of {@link Permission}: types, presence and nullability; unknown keys kept. */
export const Permission: s.Shape<Permission> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  name: s.string,
  key: s.string,
  description: s.string,
  type: s.string,
  created_at: s.number,
  updated_at: s.number,
});
