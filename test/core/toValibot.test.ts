// `toValibot` against the SDK's own check, with valibot as the oracle of the walker: for every
// generated model and every value found in the real bodies of test/corpus (each body, and every
// object and list inside it), `conforms(shape, value)` and `v.safeParse(toValibot(shape), value)`
// must give the same verdict; and so must they on drifted copies of every value a model accepts
// (a required key dropped, a string turned into a number, null where null is not allowed).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as v from "valibot";
import { describe, expect, expectTypeOf, test } from "vitest";
import { toValibot } from "../../src/core/index.js";
import { conforms } from "../../src/core/schemas.js";
import * as s from "../../src/core/shape.js";
import { User } from "../../src/models/user.js";
import * as events from "../../src/webhooks/events.js";
import { userJson } from "../helpers/fixtures.js";

const here = dirname(fileURLToPath(import.meta.url));
const modelsDir = join(here, "../../src/models");

/** Every generated model shape, by name: src/models, then the webhook payload shapes. */
const models: [string, s.Shape][] = [];
for (const file of readdirSync(modelsDir).filter((f) => f.endsWith(".ts")).sort()) {
  const mod = (await import(join(modelsDir, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) if (isShape(value)) models.push([name, value]);
}
for (const [name, value] of Object.entries(events)) if (isShape(value)) models.push([`webhooks.${name}`, value]);

function isShape(value: unknown): value is s.Shape {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

/** Every real body of the corpus. */
const bodies = readdirSync(join(here, "../corpus/bodies"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => ({ name: f, body: (JSON.parse(readFileSync(join(here, "../corpus/bodies", f), "utf8")) as { body: unknown }).body }));

/** The body and every object and list inside it, with its path. */
function values(value: unknown, path = "$", out: [string, unknown][] = []): [string, unknown][] {
  out.push([path, value]);
  if (Array.isArray(value)) value.forEach((item, i) => typeof item === "object" && item !== null && values(item, `${path}[${i}]`, out));
  else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) if (typeof child === "object" && child !== null) values(child, `${path}.${key}`, out);
  }
  return out;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Drifted copies of `value`: at every depth, each key dropped, each string a number, each non-null value null. */
function drifted(value: Json): [string, Json][] {
  const out: [string, Json][] = [];
  const walk = (node: Json, replace: (next: Json | undefined) => Json, path: string): void => {
    if (node !== null) out.push([`${path}: null`, replace(null)]);
    if (typeof node === "string") out.push([`${path}: number`, replace(42)]);
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, (next) => replace(node.map((x, j) => (j === i ? next! : x))), `${path}[${i}]`));
    } else if (typeof node === "object" && node !== null) {
      for (const key of Object.keys(node)) {
        out.push([`${path}.${key}: dropped`, replace(without(node, key))]);
        walk(node[key]!, (next) => replace({ ...node, [key]: next! }), `${path}.${key}`);
      }
    }
  };
  walk(value, (next) => next!, "$");
  return out;
}

function without(object: { [key: string]: Json }, key: string): { [key: string]: Json } {
  const { [key]: _dropped, ...rest } = object;
  return rest;
}

/** Every `n`-th item, so a large body's drifts are sampled evenly rather than cut at the front. */
function spread<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const step = items.length / max;
  return Array.from({ length: max }, (_, i) => items[Math.floor(i * step)]!);
}

const verdicts = (shape: s.Shape, value: unknown): [boolean, boolean] => [conforms(shape, value), v.safeParse(toValibot(shape), value).success];

describe("toValibot agrees with conforms", () => {
  test("the corpus and the models are there to compare", () => {
    expect(bodies.length).toBeGreaterThan(100);
    expect(models.length).toBeGreaterThan(200);
  });

  test.each(bodies)("on every value of $name, for every model", ({ body }) => {
    const disagreements: string[] = [];
    let accepted = 0;
    for (const [path, value] of values(body)) {
      for (const [name, shape] of models) {
        const [fast, oracle] = verdicts(shape, value);
        if (fast) accepted++;
        if (fast !== oracle) disagreements.push(`${name} at ${path}: conforms ${fast}, valibot ${oracle}`);
      }
    }
    expect(disagreements).toEqual([]);
    // Some model accepts something in every real body (or the comparison would be only of refusals).
    expect(accepted).toBeGreaterThan(0);
  });

  test.each(bodies)("on drifted copies of what the models accept in $name", ({ body }) => {
    const disagreements: string[] = [];
    let refused = 0;
    let compared = 0;
    const done = new Set<string>();
    for (const [path, value] of values(body)) {
      for (const [name, shape] of models) {
        if (!conforms(shape, value)) continue;
        const key = `${name} ${JSON.stringify(value)}`;
        if (done.has(key)) continue;
        done.add(key);
        for (const [change, copy] of spread(drifted(value as Json), 60)) {
          const [fast, oracle] = verdicts(shape, copy);
          compared++;
          if (!fast) refused++;
          if (fast !== oracle) disagreements.push(`${name} at ${path}, ${change}: conforms ${fast}, valibot ${oracle}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(compared).toBeGreaterThan(0);
    // The drifts include real differences, not only ones every shape tolerates.
    expect(refused).toBeGreaterThan(0);
  });
});

describe("toValibot", () => {
  test("is typed by the shape: its output is the model's type", () => {
    const users = toValibot(s.array(User));
    expectTypeOf<v.InferOutput<typeof users>>().toEqualTypeOf<User[]>();
    const parsed = v.safeParse(toValibot(s.looseObject({ id: s.string, n: s.exactOptional(s.nullable(s.number)) })), { id: "x", extra: true });
    expect(parsed.success).toBe(true);
    if (parsed.success) {
      expectTypeOf(parsed.output.id).toEqualTypeOf<string>();
      expectTypeOf(parsed.output.n).toEqualTypeOf<number | null | undefined>();
      // Unknown keys are kept, as the SDK keeps them.
      expect(parsed.output).toEqual({ id: "x", extra: true });
    }
  });

  test("refuses an array where an object or a record is documented (valibot alone would take it)", () => {
    expect(v.safeParse(v.looseObject({}), []).success).toBe(true);
    expect(v.safeParse(toValibot(s.looseObject({})), []).success).toBe(false);
    expect(v.safeParse(toValibot(s.record(s.string)), []).success).toBe(false);
    expect(v.safeParse(toValibot(s.record(s.string)), { a: "b" }).success).toBe(true);
  });

  test("takes cycles and open variants lazily, and builds each shape's schema once", () => {
    const first = toValibot(events.webhookEventDataSchemas["user.created"]);
    expect(toValibot(events.webhookEventDataSchemas["user.created"])).toBe(first);
    // A real user (its email addresses' verifications are open variants, taken lazily) passes,
    // and comes out as it went in: unknown keys kept.
    const user = userJson({ brand_new_field: { x: 1 } });
    expect(conforms(User, user)).toBe(true);
    const parsed = v.safeParse(first, user);
    expect(parsed.success).toBe(true);
    expect(parsed.output).toEqual(user);
    const picked = s.picklist(["a", "b"]);
    expect(v.safeParse(toValibot(picked), "a").success).toBe(true);
    expect(v.safeParse(toValibot(picked), "c").success).toBe(false);
  });
});
