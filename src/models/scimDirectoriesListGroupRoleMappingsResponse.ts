// Generated from bapi-2026-05-12.yml (the identical inline success response of ListSCIMGroupRoleMappings, ReplaceSCIMGroupRoleMappings). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { SCIMGroupRoleMappings } from "./scimGroupRoleMappings.js";

/** The answer of `ListSCIMGroupRoleMappings`, `ReplaceSCIMGroupRoleMappings`: one schema the spec declares inline in each, declared once here. */
export interface ScimDirectoriesListGroupRoleMappingsResponse {
  data: SCIMGroupRoleMappings;
  /** Total number of SCIM group role mappings in the directory. */
  total_count: number;
}

/** Structural shape of {@link ScimDirectoriesListGroupRoleMappingsResponse}: types, presence and nullability; unknown keys kept. */
export const ScimDirectoriesListGroupRoleMappingsResponse: s.Shape<ScimDirectoriesListGroupRoleMappingsResponse> = /*#__PURE__*/ s.looseObject({
  data: SCIMGroupRoleMappings,
  total_count: s.number,
});
