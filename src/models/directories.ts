// Generated from bapi-2026-05-12.yml (components/schemas/Directories). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { Directory } from "./directory.js";

/** The `Directories` object of the Backend API. */
export type Directories = Directory[];

/** Structural schema of {@link Directories}: types, presence and nullability; unknown keys kept. */
export const Directories: v.GenericSchema<unknown, Directories> = /*#__PURE__*/ v.array(Directory);
