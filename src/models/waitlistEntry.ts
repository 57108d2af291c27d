// Generated from bapi-2026-05-12.yml (components/schemas/WaitlistEntry). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { Invitation } from "./invitation.js";

/** The `WaitlistEntry` object of the Backend API. */
export interface WaitlistEntry {
  object: "waitlist_entry" | (string & {});
  id: string;
  email_address: string;
  status: "pending" | "invited" | "rejected" | "completed" | (string & {});
  /** Indicates if the waitlist entry is locked. Locked entries are being processed in a batch action and are unavailable for other actions. */
  is_locked?: boolean;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
  invitation?: Invitation | null;
}

/** Structural schema of {@link WaitlistEntry}: types, presence and nullability; unknown keys kept. */
export const WaitlistEntry: v.GenericSchema<unknown, WaitlistEntry> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  email_address: v.string(),
  status: v.string(),
  is_locked: v.exactOptional(v.boolean()),
  created_at: v.number(),
  updated_at: v.number(),
  invitation: v.exactOptional(v.nullable(Invitation)),
});
