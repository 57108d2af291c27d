// Generated from bapi-2026-05-12.yml (components/schemas/FeatureResponse-2). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `FeatureResponse-2` object of the Backend API. */
export interface FeatureOfPlanWithAmounts {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "feature" | (string & {});
  /** Unique identifier for the feature. */
  id: string;
  /** The name of the feature. */
  name: string;
  /** The description of the feature. */
  description: string;
  /** The URL-friendly slug for the feature. */
  slug: string;
  /** The URL of the feature's avatar image. */
  avatar_url: string;
}

/** Structural shape of {@link FeatureOfPlanWithAmounts}: types, presence and nullability; unknown keys kept. */
export const FeatureOfPlanWithAmounts: s.Shape<FeatureOfPlanWithAmounts> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  name: s.string,
  description: s.string,
  slug: s.string,
  avatar_url: s.string,
});
