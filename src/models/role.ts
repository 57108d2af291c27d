// Generated from bapi-2026-05-12.yml (components/schemas/Role). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
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

/** Structural shape of {@link Role}: types, presence and nullability; unknown keys kept. */
export const Role: s.Shape<Role> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  name: s.string,
  key: s.string,
  description: s.nullable(s.string),
  is_creator_eligible: s.boolean,
  permissions: s.array(Permission),
  created_at: s.number,
  updated_at: s.number,
});
