// Generated from bapi-2026-05-12.yml (components/schemas/FeatureResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `FeatureResponse` object of the Backend API. */
export interface FeatureResponse {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "feature" | (string & {});
  /** Unique identifier for the feature. */
  id: string;
  /** The name of the feature. */
  name: string;
  /** The description of the feature. */
  description: string | null;
  /** The URL-friendly slug for the feature. */
  slug: string;
  /** The URL of the feature's avatar image. */
  avatar_url: string | null;
}

/** Structural schema of {@link FeatureResponse}: types, presence and nullability; unknown keys kept. */
export const FeatureResponse: v.GenericSchema<unknown, FeatureResponse> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  name: v.string(),
  description: v.nullable(v.string()),
  slug: v.string(),
  avatar_url: v.nullable(v.string()),
});
