// Generated from bapi-2026-05-12.yml (components/schemas/DirectoryGroupRoleMappings). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { DirectoryGroupRoleMapping } from "./directoryGroupRoleMapping.js";

/** The `DirectoryGroupRoleMappings` object of the Backend API. */
export type DirectoryGroupRoleMappings = DirectoryGroupRoleMapping[];

/** Structural schema of {@link DirectoryGroupRoleMappings}: types, presence and nullability; unknown keys kept. */
export const DirectoryGroupRoleMappings: v.GenericSchema<unknown, DirectoryGroupRoleMappings> = /*#__PURE__*/ v.array(DirectoryGroupRoleMapping);
