// Placeholder answers for operations the emulator does not model are computed by the generator
// (codegen: `emptyValue`, from the same spec the SDK decodes with, so they always decode) and read
// from src/testing/operations.ts. They say nothing they do not know: every required field present
// with the empty value of its type, nullable fields null, optional fields left out. Only ids and
// timestamps get real values here, so records look distinct.
import type { IdGenerator } from "./ids.js";
import { isObject } from "./merge.js";

/** Gives empty `id`s a fresh id and zero `…_at` timestamps the current time, at any depth. */
export function enliven(value: unknown, newId: IdGenerator, now: number): unknown {
  if (Array.isArray(value)) return value.map((v) => enliven(v, newId, now));
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === "id" && v === "") out[key] = newId("emu");
    else if (key.endsWith("_at") && v === 0) out[key] = now;
    else out[key] = enliven(v, newId, now);
  }
  return out;
}
