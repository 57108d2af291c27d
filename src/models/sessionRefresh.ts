// Generated from bapi-2026-05-12.yml (components/schemas/SessionRefresh). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { Cookies } from "./cookies.js";
import { Token } from "./token.js";

/** The `SessionRefresh` object of the Backend API. */
export type SessionRefresh = Token | Cookies;

/** Structural shape of {@link SessionRefresh}: types, presence and nullability; unknown keys kept. */
export const SessionRefresh: s.Shape<SessionRefresh> = /*#__PURE__*/ s.union([Token, Cookies]);
