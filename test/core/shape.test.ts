// Shapes (src/core/shape.ts): plain node objects the walk of src/core/schemas.ts reads, typed by
// what they describe, and the only thing generated code is made of (no valibot in any bundle that
// does not ask for it).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, expectTypeOf, test } from "vitest";
import type { Operation } from "../../src/core/call.js";
import { conforms, inspect } from "../../src/core/schemas.js";
import * as s from "../../src/core/shape.js";
import { usersList } from "../../src/funcs/usersList.js";
import type { User } from "../../src/models/user.js";

const src = join(dirname(fileURLToPath(import.meta.url)), "../../src");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

const importsValibot = (file: string): boolean => /\bfrom\s+["']valibot["']|import\(\s*["']valibot["']\s*\)/.test(readFileSync(file, "utf8"));

describe("generated code is made of shapes", () => {
  test("no generated model, function or webhook module imports valibot; each imports the shapes", () => {
    const generated = [...filesUnder(join(src, "models")), ...filesUnder(join(src, "funcs")), join(src, "webhooks/events.ts")];
    expect(generated.length).toBeGreaterThan(400);
    expect(generated.filter(importsValibot).map((f) => relative(src, f))).toEqual([]);
    for (const file of filesUnder(join(src, "models"))) expect(readFileSync(file, "utf8"), file).toContain('import * as s from "../core/shape.js";');
  });

  test("in all of src, only the toValibot module imports valibot", () => {
    expect(filesUnder(src).filter(importsValibot).map((f) => relative(src, f))).toEqual(["core/valibot.ts"]);
  });
});

describe("shape constructors", () => {
  test("leaves are constants, and each constructor makes the node the walk reads", () => {
    for (const leaf of [s.string, s.number, s.boolean, s.unknown]) expect(typeof leaf).toBe("object");
    const user = s.looseObject({ id: s.string, name: s.nullable(s.string), tags: s.exactOptional(s.array(s.string)), meta: s.record(s.number) });
    expect(user).toEqual({
      type: "loose_object",
      entries: {
        id: { type: "string" },
        name: { type: "nullable", wrapped: { type: "string" } },
        tags: { type: "exact_optional", wrapped: { type: "array", item: { type: "string" } } },
        meta: { type: "record", value: { type: "number" } },
      },
    });
    expect(conforms(user, { id: "u", name: null, meta: { a: 1 }, extra: [1] })).toBe(true);
    expect(inspect(user, { id: 1, name: "n", tags: "x", meta: [] })).toEqual([
      { path: ["id"], message: "expected string, received number" },
      { path: ["tags"], message: "expected array, received string" },
      { path: ["meta"], message: "expected object, received array" },
    ]);
    expect(conforms(s.union([s.string, s.number]), 1)).toBe(true);
    expect(conforms(s.picklist(["a", "b"]), "c")).toBe(false);
    const list: s.Shape<unknown> = s.lazy(() => s.array(s.string));
    expect(conforms(list, ["a"])).toBe(true);
  });

  test("carry the type they describe, for Operation<T> and request()", () => {
    const shape = s.looseObject({ id: s.string, n: s.exactOptional(s.nullable(s.number)), kind: s.picklist(["a", "b"]), any: s.union([s.string, s.array(s.boolean)]) });
    type Out = s.Infer<typeof shape>;
    expectTypeOf<Out["id"]>().toEqualTypeOf<string>();
    expectTypeOf<Out["kind"]>().toEqualTypeOf<"a" | "b">();
    expectTypeOf<Out["any"]>().toEqualTypeOf<string | boolean[]>();
    // An optional key is `k?: T`, never `T | undefined`.
    expectTypeOf<Pick<Out, "n">>().toEqualTypeOf<{ n?: number | null }>();
    // A shape that does not describe the declared type does not type-check as its operation.
    // @ts-expect-error the shape lacks `id`
    const op: Operation<{ id: string }> = { id: "x", method: "GET", path: "/x", response: s.looseObject({ name: s.string }) };
    expect(op.id).toBe("x");
    expectTypeOf(usersList).returns.resolves.toMatchTypeOf<{ ok: true; value: User[] } | { ok: false }>();
  });
});
