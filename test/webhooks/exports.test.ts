// Every payload and event type the generator emits is exported by name from clerk-fn/webhooks,
// so a payload new in the spec reaches users without a hand edit of src/webhooks/index.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exportsOf } from "../../codegen/emit/indexes.ts";
import { ROOT } from "../../codegen/spec.ts";
import { INDEX_BEGIN, INDEX_END, payloadTypeNames, webhooksIndex } from "../../codegen/webhooks.ts";

const read = (rel: string): string => readFileSync(join(ROOT, rel), "utf8");

describe("clerk-fn/webhooks exports", () => {
  const events = read("src/webhooks/events.ts");
  const index = read("src/webhooks/index.ts");

  it("exports every payload and event type of the generated events module", () => {
    const names = payloadTypeNames(events);
    expect(names).toContain("BillingPayerEventPayload");
    expect(names).toContain("UserCreatedEvent");
    expect(names).toContain("User");
    const exported = new Set([...exportsOf(index, "src/webhooks/index.ts").types, ...exportsOf(index, "src/webhooks/index.ts").values]);
    expect(names.filter((n) => !exported.has(n))).toEqual([]);
  });

  it("exports each name of the events module at most once, and every export exists there", () => {
    const { types, values } = exportsOf(index, "src/webhooks/index.ts");
    const all = [...types, ...values];
    expect(all.length).toBe(new Set(all).size);
    const fromEvents = /export type \{[^}]*\} from "\.\/events\.js"/.exec(index)![0];
    for (const n of payloadTypeNames(events)) expect(fromEvents).toMatch(new RegExp(`\\b${n},`));
  });

  it("the block is rewritten from the events module: a new payload appears, a gone one disappears", () => {
    const next = events.replace(/export interface UserCreatedEvent\b/, "export interface UserRenamedEvent") + "\nexport interface ZebraEventPayload {\n  id: string;\n}\n";
    const written = webhooksIndex(index, next);
    const { types } = exportsOf(written, "index.ts");
    expect(types).toContain("ZebraEventPayload");
    expect(types).toContain("UserRenamedEvent");
    expect(types).not.toContain("UserCreatedEvent");
    // The hand-written part is kept as it is.
    expect(written.slice(0, written.indexOf(INDEX_BEGIN))).toBe(index.slice(0, index.indexOf(INDEX_BEGIN)));
    expect(written.endsWith(`${INDEX_END}\n`)).toBe(true);
  });

  it("the fixed names of the events module are not in the generated block", () => {
    const block = index.slice(index.indexOf(INDEX_BEGIN), index.indexOf(INDEX_END));
    for (const fixed of ["WebhookEvent", "KnownWebhookEvent", "UnknownWebhookEvent", "WebhookEventEnvelope", "knownWebhookEventTypes"]) expect(block).not.toMatch(new RegExp(`\\b${fixed},`));
  });

  it("refuses an index without the markers (nothing is silently left stale)", () => {
    expect(() => webhooksIndex("export {};\n", events)).toThrow(/markers/);
  });

  it("uses no `export *` (named re-exports only)", () => {
    expect(index).not.toMatch(/export \*/);
  });
});
