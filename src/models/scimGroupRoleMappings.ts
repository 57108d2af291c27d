// Generated from bapi-2026-05-12.yml (components/schemas/SCIMGroupRoleMappings). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { SCIMGroupRoleMapping } from "./scimGroupRoleMapping.js";

/** The `SCIMGroupRoleMappings` object of the Backend API. */
export type SCIMGroupRoleMappings = SCIMGroupRoleMapping[];

/** Structural shape of {@link SCIMGroupRoleMappings}: types, presence and nullability; unknown keys kept. */
export const SCIMGroupRoleMappings: s.Shape<SCIMGroupRoleMappings> = /*#__PURE__*/ s.array(SCIMGroupRoleMapping);
