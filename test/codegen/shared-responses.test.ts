// One fact once: an inline success schema that several operations repeat is one model module,
// and every one of those functions imports it instead of declaring its own copy.
import { describe, expect, test } from "vitest";
import { funcFile } from "../../codegen/emit/funcs.ts";
import { modelFile } from "../../codegen/emit/models.ts";
import type { Facts } from "../../codegen/facts.ts";
import { buildModel, canonicalJson, sharedResponseName } from "../../codegen/model.ts";
import { generated } from "./helpers.ts";

const NO_FACTS: Facts = { schemaNames: {}, machineAuth: new Set(), orderBy: {}, metadata: {} };

/** The `response:` expression of a generated funcs module's `Operation` literal. */
function responseExpr(code: string): string | undefined {
  return /\n {2}response: ([\s\S]*?),\n(?= {2}[A-Za-z]+: |\};)/.exec(code)?.[1];
}

describe("the pinned spec", () => {
  test("no two generated functions carry the same inline response shape and type", async () => {
    const { files, model } = await generated();
    const byAnswer = new Map<string, string[]>();
    for (const f of files) {
      if (!f.path.startsWith("src/funcs/") || f.path.endsWith("/index.ts")) continue;
      // Only an answer the module declares itself is inline (a model's name or an array of one is shared on purpose).
      const declared = /\nexport (?:interface \w+Response |type \w+Response = )([\s\S]*?)\n\n(?:const op|\/\*\*)/.exec(f.content)?.[1];
      // An alias of a shared model (`export type XResponse = Model;`) declares nothing itself.
      if (!declared || /^\w+;$/.test(declared)) continue;
      const key = `${declared}\n${responseExpr(f.content)}`;
      byAnswer.set(key, [...(byAnswer.get(key) ?? []), f.path]);
    }
    // Every inline answer of the model was found (the extraction itself can fail).
    expect([...byAnswer.values()].flat().length).toBe(model.operations.filter((o) => o.response.kind === "json" && o.response.inline).length);
    expect([...byAnswer.values()].filter((paths) => paths.length > 1)).toEqual([]);
  });

  test("no two operations keep an identical inline success schema in the model", async () => {
    const { model } = await generated();
    const keys = model.operations.filter((o) => o.response.inline).map((o) => canonicalJson(o.response.schema));
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("each hoisted model is imported and used as the answer by every function that shared it", async () => {
    const { files, model } = await generated();
    const content = new Map(files.map((f) => [f.path, f.content]));
    const hoisted = model.schemas.filter((m) => m.sharedBy);
    expect(hoisted.map((m) => m.typeName)).toContain("ApiKey");
    for (const m of hoisted) {
      expect(m.sharedBy!.length).toBeGreaterThanOrEqual(2);
      expect(content.get(`src/models/${m.file}.ts`)).toContain(`export const ${m.typeName}: s.Shape<${m.typeName}>`);
      for (const id of m.sharedBy!) {
        const o = model.operations.find((x) => x.id === id)!;
        const code = content.get(`src/funcs/${o.name}.ts`)!;
        expect(code).toContain(`import { ${m.typeName} } from "../models/${m.file}.js";`);
        expect(responseExpr(code)).toBe(m.typeName);
        expect(code).toContain(`Promise<Result<${m.typeName}, `);
        // Only the old per-function name is kept, as an alias (or a re-export) of the shared model.
        expect(code).not.toMatch(/export interface \w+Response\b/);
        const Name = o.name[0]!.toUpperCase() + o.name.slice(1);
        expect(code).toContain(m.typeName === `${Name}Response` ? `export type { ${m.typeName} };` : `export type ${Name}Response = ${m.typeName};`);
      }
    }
  });

  test("no inline answer still carries, anywhere inside it, an object identical to a model", async () => {
    const { model } = await generated();
    const shapes = new Set(model.schemas.filter((m) => m.schema?.properties).map((m) => canonicalJson(m.schema)));
    const copies: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}[${i}]`));
      if (!node || typeof node !== "object") return;
      if ((node as { properties?: unknown }).properties && shapes.has(canonicalJson(node))) copies.push(where);
      for (const [k, v] of Object.entries(node)) if (k !== "example" && k !== "examples") walk(v, `${where}.${k}`);
    };
    for (const o of model.operations) if (o.response.kind === "json" && o.response.inline) walk(o.response.schema, o.name);
    expect(copies).toEqual([]);
  });

  test("apiKeysList pages the same ApiKey model the other API-key functions answer", async () => {
    const { files } = await generated();
    const code = files.find((f) => f.path === "src/funcs/apiKeysList.ts")!.content;
    expect(code).toContain(`import { ApiKey } from "../models/apiKey.js";`);
    expect(code).toContain("data: ApiKey[];");
    expect(code).toContain("data: s.array(ApiKey)");
  });

  test("the API-key group answers one ApiKey model; create (with its secret) keeps its own", async () => {
    const { files } = await generated();
    const content = new Map(files.map((f) => [f.path, f.content]));
    for (const name of ["apiKeysGet", "apiKeysRevoke", "apiKeysUpdate", "apiKeysVerify"]) expect(responseExpr(content.get(`src/funcs/${name}.ts`)!)).toBe("ApiKey");
    expect(responseExpr(content.get("src/funcs/apiKeysCreate.ts")!)).toContain("s.looseObject(");
  });

  test("the operations table and the docs name what the functions answer", async () => {
    const { files, model } = await generated();
    const docs = files.find((f) => f.path === "docs/FUNCTIONS.md")!.content;
    const table = files.find((f) => f.path === "src/testing/operations.ts")!.content;
    for (const m of model.schemas.filter((x) => x.sharedBy)) {
      for (const id of m.sharedBy!) {
        const o = model.operations.find((x) => x.id === id)!;
        expect(docs).toMatch(new RegExp(`\\| \`${o.name}\`[^\\n]*\\| \`${m.typeName}\` \\|`));
        expect(table).toContain(`"id":${JSON.stringify(id)}`);
      }
    }
  });
});

/** Three operations answering the same inline object, one answering another, and a component. */
function spec(object: unknown): any {
  const shared = { type: "object", required: ["id"], properties: { object, id: { type: "string" }, n: { type: "integer", nullable: true } } };
  const op = (operationId: string, schema: unknown): any => ({
    operationId,
    tags: ["Gadgets"],
    responses: { "200": { description: "ok", content: { "application/json": { schema: structuredClone(schema) } } } },
  });
  return {
    paths: {
      "/gadgets/{id}": { get: op("GetGadget", shared), patch: op("UpdateGadget", shared), delete: op("DeleteGadget", { type: "object", properties: { deleted: { type: "boolean" } } }) },
      "/gadgets/{id}/lock": { post: op("LockGadget", { properties: shared.properties, required: ["id"], type: "object" }) },
    },
    components: { schemas: { Token: { type: "object", properties: { jwt: { type: "string" } } } } },
  };
}

describe("hoisting on a small spec", () => {
  test("identical schemas (key order aside) become one model named after their `object` value", () => {
    const model = buildModel(spec({ type: "string", enum: ["gadget_state"] }), NO_FACTS);
    const hoisted = model.schemas.filter((m) => m.sharedBy);
    expect(hoisted.map((m) => [m.typeName, m.file, m.sharedBy])).toEqual([["GadgetState", "gadgetState", ["GetGadget", "LockGadget", "UpdateGadget"]]]);
    const byName = new Map(model.operations.map((o) => [o.name, o]));
    for (const n of ["gadgetsGet", "gadgetsLock", "gadgetsUpdate"]) expect(byName.get(n)!.response).toMatchObject({ inline: false, schema: { $ref: "#/components/schemas/GadgetState" } });
    expect(byName.get("gadgetsDelete")!.response.inline).toBe(true);

    const file = funcFile(byName.get("gadgetsLock")!, model.comps, (id) => `../models/${id}.js`);
    expect(file.valueType).toBe("GadgetState");
    expect(file.file.content).toContain("response: GadgetState,");
    const mod = modelFile(hoisted[0]!, model.comps, (id) => id);
    expect(mod.path).toBe("src/models/gadgetState.ts");
    expect(mod.content).toContain("export interface GadgetState {");
    expect(mod.content).toContain("`GetGadget`, `LockGadget`, `UpdateGadget`");
  });

  test("without a single `object` value, or when it is taken, the first function's name + Response", () => {
    const untagged = buildModel(spec({ type: "string" }), NO_FACTS).schemas.filter((m) => m.sharedBy);
    expect(untagged.map((m) => [m.typeName, m.file])).toEqual([["GadgetsGetResponse", "gadgetsGetResponse"]]);
    const taken = buildModel(spec({ type: "string", enum: ["token"] }), NO_FACTS).schemas.filter((m) => m.sharedBy);
    expect(taken.map((m) => m.typeName)).toEqual(["GadgetsGetResponse"]);
    expect(() => sharedResponseName({}, "gadgetsGet", new Set(["gadgetsgetresponse"]))).toThrow(/no free name/);
  });

  test("the same spec gives the same models twice", () => {
    const a = buildModel(spec({ enum: ["gadget_state"], type: "string" }), NO_FACTS);
    const b = buildModel(spec({ type: "string", enum: ["gadget_state"] }), NO_FACTS);
    expect(a.schemas.map((m) => [m.typeName, m.sharedBy])).toEqual(b.schemas.map((m) => [m.typeName, m.sharedBy]));
  });
});
