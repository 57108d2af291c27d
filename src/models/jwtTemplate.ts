// Generated from bapi-2026-05-12.yml (components/schemas/JWTTemplate). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

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

/** Structural shape of {@link JWTTemplate}: types, presence and nullability; unknown keys kept. */
export const JWTTemplate: s.Shape<JWTTemplate> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  name: s.string,
  claims: s.looseObject({}),
  lifetime: s.number,
  allowed_clock_skew: s.number,
  custom_signing_key: s.boolean,
  signing_algorithm: s.string,
  created_at: s.number,
  updated_at: s.number,
});
