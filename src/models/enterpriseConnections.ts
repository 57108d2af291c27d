// Generated from bapi-2026-05-12.yml (components/schemas/EnterpriseConnections). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { EnterpriseConnection } from "./enterpriseConnection.js";

/** The `EnterpriseConnections` object of the Backend API. */
export interface EnterpriseConnections {
  data: EnterpriseConnection[];
  /** Total number of enterprise connections */
  total_count: number;
}

/** Structural schema of {@link EnterpriseConnections}: types, presence and nullability; unknown keys kept. */
export const EnterpriseConnections: v.GenericSchema<unknown, EnterpriseConnections> = /*#__PURE__*/ v.looseObject({
  data: v.array(EnterpriseConnection),
  total_count: v.number(),
});
