// Reads codegen/facts.yml: what the spec states only in prose (allowed `order_by` fields), not at
// all (which operations take the machine secret key), or badly (numbered schema names), as data.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { ROOT } from "./spec.ts";

export interface Facts {
  /** Spec component name → the name the SDK gives it. */
  readonly schemaNames: Readonly<Record<string, string>>;
  /** operationIds that authenticate with the machine secret key. */
  readonly machineAuth: ReadonlySet<string>;
  /** operationId → the fields `order_by` accepts. */
  readonly orderBy: Readonly<Record<string, readonly string[]>>;
  /** Component → metadata field → augmentable interface (src/core/augment.ts). */
  readonly metadata: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export const FACTS_PATH: string = join(ROOT, "codegen", "facts.yml");

/** Parse a facts document (the default: codegen/facts.yml). */
export function loadFacts(path: string = FACTS_PATH): Facts {
  const raw = (parse(readFileSync(path, "utf8")) ?? {}) as Record<string, any>;
  const schemaNames: Record<string, string> = {};
  for (const [from, entry] of Object.entries<any>(raw.schemaNames ?? {})) schemaNames[from] = typeof entry === "string" ? entry : entry.name;
  return {
    schemaNames,
    machineAuth: new Set<string>(raw.machineAuth ?? []),
    orderBy: raw.orderBy ?? {},
    metadata: raw.metadata ?? {},
  };
}

/** Fails when a fact names an operation or schema the spec does not have (it would silently not apply). */
export function checkFacts(facts: Facts, operationIds: ReadonlySet<string>, schemas: ReadonlySet<string>): void {
  const missing: string[] = [];
  for (const id of [...facts.machineAuth, ...Object.keys(facts.orderBy)]) if (!operationIds.has(id)) missing.push(`operation ${id}`);
  for (const name of [...Object.keys(facts.schemaNames), ...Object.keys(facts.metadata)]) if (!schemas.has(name)) missing.push(`schema ${name}`);
  if (missing.length) throw new Error(`codegen/facts.yml names what the spec does not have: ${missing.join(", ")}`);
}
