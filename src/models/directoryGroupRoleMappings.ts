// Generated from bapi-2026-05-12.yml (components/schemas/DirectoryGroupRoleMappings). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { DirectoryGroupRoleMapping } from "./directoryGroupRoleMapping.js";

/** The `DirectoryGroupRoleMappings` object of the Backend API. */
export type DirectoryGroupRoleMappings = DirectoryGroupRoleMapping[];

/** Structural shape of {@link DirectoryGroupRoleMappings}: types, presence and nullability; unknown keys kept. */
export const DirectoryGroupRoleMappings: s.Shape<DirectoryGroupRoleMappings> = /*#__PURE__*/ s.array(DirectoryGroupRoleMapping);
