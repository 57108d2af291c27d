// Generated from bapi-2026-05-12.yml (components/schemas/SCIMDirectories). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { SCIMDirectory } from "./scimDirectory.js";

/** The `SCIMDirectories` object of the Backend API. */
export type SCIMDirectories = SCIMDirectory[];

/** Structural schema of {@link SCIMDirectories}: types, presence and nullability; unknown keys kept. */
export const SCIMDirectories: v.GenericSchema<unknown, SCIMDirectories> = /*#__PURE__*/ v.array(SCIMDirectory);
