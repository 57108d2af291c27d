// Generated from bapi-2026-05-12.yml (components/schemas/JWTTemplate). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `JWTTemplate` object of the Backend API. */
export interface JWTTemplate {
  object: "jwt_template" | (string & {});
  id: string;
  name: string;
  claims: Record<string, unknown>;
  lifetime: number;
  allowed_clock_skew: number;
  custom_signing_key: boolean;
  signing_algorithm: string;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
}

/** Structural schema of {@link JWTTemplate}: types, presence and nullability; unknown keys kept. */
export const JWTTemplate: v.GenericSchema<unknown, JWTTemplate> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  name: v.string(),
  claims: v.looseObject({}),
  lifetime: v.number(),
  allowed_clock_skew: v.number(),
  custom_signing_key: v.boolean(),
  signing_algorithm: v.string(),
  created_at: v.number(),
  updated_at: v.number(),
});
