// Generated from bapi-2026-05-12.yml (components/schemas/ReassignmentMappings). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** Mappings from source role keys to destination role keys for role reassignment */
export type ReassignmentMappings = Record<string, string>;

/** Structural shape of {@link ReassignmentMappings}: types, presence and nullability; unknown keys kept. */
export const ReassignmentMappings: s.Shape<ReassignmentMappings> = /*#__PURE__*/ s.record(s.string);
