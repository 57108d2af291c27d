// Generated from bapi-2026-05-12.yml (the identical inline success response of ListDirectoryGroupRoleMappings, ReplaceDirectoryGroupRoleMappings). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { DirectoryGroupRoleMappings } from "./directoryGroupRoleMappings.js";

/** The answer of `ListDirectoryGroupRoleMappings`, `ReplaceDirectoryGroupRoleMappings`: one schema the spec declares inline in each, declared once here. */
export interface DirectoriesListGroupRoleMappingsResponse {
  data: DirectoryGroupRoleMappings;
  /** Total number of directory group role mappings in the directory. */
  total_count: number;
}

/** Structural shape of {@link DirectoriesListGroupRoleMappingsResponse}: types, presence and nullability; unknown keys kept. */
export const DirectoriesListGroupRoleMappingsResponse: s.Shape<DirectoriesListGroupRoleMappingsResponse> = /*#__PURE__*/ s.looseObject({
  data: DirectoryGroupRoleMappings,
  total_count: s.number,
});
