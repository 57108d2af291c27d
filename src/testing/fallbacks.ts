// Answers for the operations the emulator does not model, read from the generated operations
// table (src/testing/operations.ts): the documented success status, and the emptiest JSON its
// response schema accepts (computed by the generator from the same spec the SDK decodes with,
// so it always decodes). Modelled routes take precedence; this covers every operation, so a newly
// generated one is answered without anyone writing a row.
import { OPERATIONS, type OperationRow } from "./operations.js";

/** How an unmodelled operation answers: a status without a body, or a 2xx with a placeholder body. */
export type Fallback =
  | number
  | {
      /** Default 200. */
      readonly status?: number;
      /** The placeholder itself. */
      readonly json?: unknown;
      /** A text body (the interstitial page). */
      readonly text?: string;
      /** The operation needs no secret key. */
      readonly public?: boolean;
    };

/** What a text answer (the interstitial page) holds: the emptiest page a browser shows. */
const TEXT = "<!DOCTYPE html><html><head><title>Clerk</title></head><body></body></html>";

/** The answer the table implies for one operation. */
export function fallbackOf(op: OperationRow): Fallback {
  const visibility = op.public ? { public: true } : {};
  if (op.response === "none") return op.public ? { status: op.status, ...visibility } : op.status;
  if (op.response === "text") return { status: op.status, text: TEXT, ...visibility };
  return { status: op.status, json: op.placeholder ?? null, ...visibility };
}

function fallbacks(ops: readonly OperationRow[]): Readonly<Record<string, Fallback>> {
  return Object.fromEntries(ops.map((op) => [`${op.method} ${op.path}`, fallbackOf(op)]));
}

/** Every operation by `"METHOD /path"`; the emulator consults it when no modelled route matches. */
export const FALLBACKS: Readonly<Record<string, Fallback>> = /*#__PURE__*/ fallbacks(OPERATIONS);
