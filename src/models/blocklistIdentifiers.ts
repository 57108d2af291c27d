// Generated from bapi-2026-05-12.yml (components/schemas/BlocklistIdentifiers). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { BlocklistIdentifier } from "./blocklistIdentifier.js";

/** The `BlocklistIdentifiers` object of the Backend API. */
export interface BlocklistIdentifiers {
  data: BlocklistIdentifier[];
  /** Total number of blocklist identifiers */
  total_count: number;
}

/** Structural schema of {@link BlocklistIdentifiers}: types, presence and nullability; unknown keys kept. */
export const BlocklistIdentifiers: v.GenericSchema<unknown, BlocklistIdentifiers> = /*#__PURE__*/ v.looseObject({
  data: v.array(BlocklistIdentifier),
  total_count: v.number(),
});
