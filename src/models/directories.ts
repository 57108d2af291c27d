// Generated from bapi-2026-05-12.yml (components/schemas/Directories). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { Directory } from "./directory.js";

/** The `Directories` object of the Backend API. */
export type Directories = Directory[];

/** Structural shape of {@link Directories}: types, presence and nullability; unknown keys kept. */
export const Directories: s.Shape<Directories> = /*#__PURE__*/ s.array(Directory);
