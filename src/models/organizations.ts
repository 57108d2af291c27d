// Generated from bapi-2026-05-12.yml (components/schemas/Organizations). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { Organization } from "./organization.js";

/** The `Organizations` object of the Backend API. */
export interface Organizations {
  data: Organization[];
  /** Total number of organizations */
  total_count: number;
}

/** Structural shape of {@link Organizations}: types, presence and nullability; unknown keys kept. */
export const Organizations: s.Shape<Organizations> = /*#__PURE__*/ s.looseObject({
  data: s.array(Organization),
  total_count: s.number,
});
