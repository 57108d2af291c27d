// Generated from bapi-2026-05-12.yml (components/schemas/SessionRefresh). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { Cookies } from "./cookies.js";
import { Token } from "./token.js";

/** The `SessionRefresh` object of the Backend API. */
export type SessionRefresh = Token | Cookies;

/** Structural schema of {@link SessionRefresh}: types, presence and nullability; unknown keys kept. */
export const SessionRefresh: v.GenericSchema<unknown, SessionRefresh> = /*#__PURE__*/ v.union([Token, Cookies]);
