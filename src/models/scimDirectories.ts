// Generated from bapi-2026-05-12.yml (components/schemas/SCIMDirectories). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { SCIMDirectory } from "./scimDirectory.js";

/** The `SCIMDirectories` object of the Backend API. */
export type SCIMDirectories = SCIMDirectory[];

/** Structural shape of {@link SCIMDirectories}: types, presence and nullability; unknown keys kept. */
export const SCIMDirectories: s.Shape<SCIMDirectories> = /*#__PURE__*/ s.array(SCIMDirectory);
