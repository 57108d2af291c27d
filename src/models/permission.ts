// Generated from bapi-2026-05-12.yml (components/schemas/Permission). Do not edit: change codegen/ instead.
import * as v from "valibot";

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

/** Structural schema of {@link Permission}: types, presence and nullability; unknown keys kept. */
export const Permission: v.GenericSchema<unknown, Permission> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  name: v.string(),
  key: v.string(),
  description: v.string(),
  type: v.string(),
  created_at: v.number(),
  updated_at: v.number(),
});
