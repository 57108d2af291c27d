// Generated from bapi-2026-05-12.yml (components/schemas/Role). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { Permission } from "./permission.js";

/** The `Role` object of the Backend API. */
export interface Role {
  object: "role" | (string & {});
  id: string;
  name: string;
  key: string;
  description: string | null;
  /** Whether this role is eligible to be an organization creator role */
  is_creator_eligible: boolean;
  permissions: Permission[];
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
}

/** Structural schema of {@link Role}: types, presence and nullability; unknown keys kept. */
export const Role: v.GenericSchema<unknown, Role> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  name: v.string(),
  key: v.string(),
  description: v.nullable(v.string()),
  is_creator_eligible: v.boolean(),
  permissions: v.array(Permission),
  created_at: v.number(),
  updated_at: v.number(),
});
