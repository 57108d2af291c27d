// Generated from bapi-2026-05-12.yml (components/schemas/SCIMGroupRoleMappings). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { SCIMGroupRoleMapping } from "./scimGroupRoleMapping.js";

/** The `SCIMGroupRoleMappings` object of the Backend API. */
export type SCIMGroupRoleMappings = SCIMGroupRoleMapping[];

/** Structural schema of {@link SCIMGroupRoleMappings}: types, presence and nullability; unknown keys kept. */
export const SCIMGroupRoleMappings: v.GenericSchema<unknown, SCIMGroupRoleMappings> = /*#__PURE__*/ v.array(SCIMGroupRoleMapping);
