// Generated from bapi-2026-05-12.yml (components/schemas/ReassignmentMappings). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** Mappings from source role keys to destination role keys for role reassignment */
export type ReassignmentMappings = Record<string, string>;

/** Structural schema of {@link ReassignmentMappings}: types, presence and nullability; unknown keys kept. */
export const ReassignmentMappings: v.GenericSchema<unknown, ReassignmentMappings> = /*#__PURE__*/ v.record(v.string(), v.string());
