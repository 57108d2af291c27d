// Generated from bapi-2026-05-12.yml (components/schemas/FeatureResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

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

/** Structural shape of {@link FeatureResponse}: types, presence and nullability; unknown keys kept. */
export const FeatureResponse: s.Shape<FeatureResponse> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  name: s.string,
  description: s.nullable(s.string),
  slug: s.string,
  avatar_url: s.nullable(s.string),
});
