// The emitters on a small hand-written spec: each fact of the model shows up where it should, and
// the pinned spec's outputs agree with each other (funcs, table, docs, indexes read one model).
import { describe, expect, test } from "vitest";
import { docsFile } from "../../codegen/emit/docs.ts";
import { funcFile, orderByType } from "../../codegen/emit/funcs.ts";
import { exportsOf, indexFiles } from "../../codegen/emit/indexes.ts";
import { operationRow } from "../../codegen/emit/operations.ts";
import type { Facts } from "../../codegen/facts.ts";
import { buildModel } from "../../codegen/model.ts";
import { emptyValue } from "../../codegen/schema.ts";
import { generated } from "./helpers.ts";

const FACTS: Facts = {
  schemaNames: { "Widget-2": "WidgetSummary" },
  machineAuth: new Set(["createWidgetToken"]),
  orderBy: { ListWidgets: ["created_at", "name"] },
  metadata: { Widget: { public_metadata: "UserPublicMetadata" } },
};

/** A spec with a paginated list, an M2M-style operation, a numbered schema and an array body. */
function tinySpec(): any {
  const list = { $ref: "#/components/schemas/Widget" };
  return {
    paths: {
      "/widgets": {
        get: {
          operationId: "ListWidgets",
          tags: ["Widgets"],
          summary: "List widgets",
          parameters: [
            { name: "paginated", in: "query", schema: { type: "boolean" } },
            { name: "order_by", in: "query", schema: { type: "string" } },
            { name: "limit", in: "query", schema: { type: "integer" } },
            { name: "offset", in: "query", schema: { type: "integer" } },
          ],
          responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "array", items: list } } } }, "422": { description: "x" } },
        },
        put: {
          operationId: "ReplaceWidgets",
          tags: ["Widgets"],
          requestBody: { required: true, content: { "application/json": { schema: { type: "array", items: { type: "string" } } } } },
          responses: { "204": { description: "none" } },
        },
      },
      "/widgets/{widget_id}/token": {
        post: {
          operationId: "createWidgetToken",
          tags: ["Widget Tokens"],
          parameters: [{ name: "widget_id", in: "path", required: true, schema: { type: "string" } }],
          requestBody: { content: { "application/json": { schema: { type: "object", required: ["scope"], properties: { scope: { type: "string" }, ttl: { type: "integer", nullable: true } } } } } },
          responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Widget-2" } } } } },
        },
      },
    },
    components: {
      schemas: {
        Widget: {
          type: "object",
          required: ["id", "public_metadata", "kind", "parts"],
          properties: {
            id: { type: "string" },
            public_metadata: { type: "object", additionalProperties: true },
            kind: { type: "string", enum: ["a", "b"] },
            parts: { type: "array", items: { type: "string" } },
            note: { type: "string", nullable: true },
          },
        },
        "Widget-2": { type: "object", required: ["id", "owner"], properties: { id: { type: "string" }, owner: { type: "string", nullable: true } } },
      },
    },
  };
}

describe("model and emitters on a small spec", () => {
  const model = buildModel(tinySpec(), FACTS);
  const op = (id: string) => model.operations.find((o) => o.id === id)!;

  test("the model: names, fields with codes, flags, renamed schemas", () => {
    expect(model.operations.map((o) => o.name)).toEqual(["widgetTokensCreate", "widgetsList", "widgetsReplace"]);
    expect(op("ListWidgets")).toMatchObject({ paginated: true, page: "array", machineAuth: false, method: "GET" });
    expect(op("createWidgetToken")).toMatchObject({ machineAuth: true, paginated: false, bodyKind: "json" });
    expect(op("createWidgetToken").fields.map((f) => [f.name, f.in, f.code])).toEqual([
      ["widget_id", "path", "s!"],
      ["scope", "body", "s!"],
      ["ttl", "body", "i?"],
    ]);
    expect(op("ReplaceWidgets")).toMatchObject({ bodyKind: "whole", response: { kind: "none", status: 204 } });
    expect(model.schemas.map((s) => [s.specName, s.typeName, s.file])).toEqual([
      ["Widget", "Widget", "widget"],
      ["Widget-2", "WidgetSummary", "widgetSummary"],
    ]);
  });

  test("a facts entry for an operation or schema the spec lacks fails the generation", () => {
    expect(() => buildModel(tinySpec(), { ...FACTS, machineAuth: new Set(["nope"]) })).toThrow(/operation nope/);
    expect(() => buildModel(tinySpec(), { ...FACTS, schemaNames: { Gone: "X" } })).toThrow(/schema Gone/);
  });

  test("funcs: paginated overloads, machineAuth, typed order_by, the whole body", () => {
    const modelPath = (id: string): string => `../models/${id}.js`;
    const list = funcFile(op("ListWidgets"), model.comps, modelPath).file.content;
    expect(list).toContain("  paginated: true,");
    expect(list).toContain("request: WidgetsListRequest & { paginated: true },");
    expect(list).toContain("Promise<Result<{ data: Widget[]; total_count: number }, CallError<422>>>;");
    expect(list).toContain("request?: WidgetsListRequest & { paginated?: false },");
    expect(list).toContain(`order_by?: ${orderByType(["created_at", "name"])};`);
    expect(orderByType(["name"])).toBe('"name" | "+name" | "-name"');
    const token = funcFile(op("createWidgetToken"), model.comps, modelPath).file.content;
    expect(token).toContain("  machineAuth: true,");
    expect(token).toContain('  body: { scope: "s!", ttl: "i?" },');
    expect(token).not.toContain("paginated");
    const replace = funcFile(op("ReplaceWidgets"), model.comps, modelPath);
    expect(replace.file.content).toContain('  bodyKind: "whole",');
    expect(replace.valueType).toBe("undefined");
    // Declaration-like: the operation literal and one call, nothing of the pipeline.
    expect(list.split("\n").length).toBeLessThan(80);
    expect(list.match(/return call\(core, op, request, options\);/g)).toHaveLength(1);
  });

  test("operations table rows are plain data with placeholders that fit the schema", () => {
    const row = operationRow(op("createWidgetToken"), model.comps);
    expect(row).toMatchObject({ name: "widgetTokensCreate", method: "POST", pathParams: ["widget_id"], body: { scope: "s!", ttl: "i?" }, response: "json", status: 200, machineAuth: true });
    expect(row.placeholder).toEqual({ id: "", owner: null });
    expect(operationRow(op("ListWidgets"), model.comps)).toMatchObject({ paginated: true, page: "array", placeholder: [] });
    expect(emptyValue({ $ref: "#/components/schemas/Widget" }, model.comps)).toEqual({ id: "", public_metadata: {}, kind: "", parts: [] });
  });

  test("docs list every function; the root index re-exports what core exports, by kind", () => {
    const docs = docsFile(model, new Map()).content;
    for (const o of model.operations) expect(docs).toContain(`| \`${o.name}\``);
    const core = 'export { ClerkCore, paginate } from "./core.js";\nexport type { Result, PaginateOptions } from "./paginate.js";\nexport { ok, type Ok } from "./result.js";\n';
    expect(exportsOf(core)).toEqual({ values: ["ClerkCore", "paginate", "ok"], types: ["Result", "PaginateOptions", "Ok"] });
    expect(() => exportsOf('export * from "./x.js";')).toThrow(/export \*/);
    const root = indexFiles(model, core).find((f) => f.path === "src/index.ts")!.content;
    expect(root).toContain("  PaginateOptions,");
    expect(root).toMatch(/export type \{[^}]*PaginateOptions/);
    for (const o of model.operations) expect(root).toContain(`export { ${o.name} } from "./funcs/${o.name}.js";`);
  });
});

describe("the pinned spec's outputs agree", () => {
  test("every function appears in docs/FUNCTIONS.md, the funcs index, the root and the table", async () => {
    const { files, model } = await generated();
    const text = (p: string): string => files.find((f) => f.path === p)!.content;
    expect(model.operations).toHaveLength(249);
    for (const o of model.operations) {
      expect(text("docs/FUNCTIONS.md")).toContain(`| \`${o.name}\``);
      expect(text("src/funcs/index.ts")).toContain(`export { ${o.name} } from "./${o.name}.js";`);
      expect(text("src/index.ts")).toContain(`export { ${o.name} }`);
      expect(text("src/testing/operations.ts")).toContain(`"name":"${o.name}"`);
      expect(files.some((f) => f.path === `src/funcs/${o.name}.ts`)).toBe(true);
    }
    // The root exports everything src/core/index.ts does, PaginateOptions included.
    expect(text("src/index.ts")).toMatch(/export type \{[^}]*\bPaginateOptions\b/);
    expect(text("src/index.ts")).toMatch(/export type \{[^}]*\bUserPublicMetadata\b/);
  });

  test("funcs modules stay declaration-like", async () => {
    const { files } = await generated();
    const funcs = files.filter((f) => f.path.startsWith("src/funcs/") && !f.path.endsWith("index.ts"));
    const code = funcs.map((f) => f.content.split("\n").filter((l) => !/^\s*(\*|\/\*\*|\/\/)/.test(l)).length).sort((a, b) => a - b);
    // Median lines without comments; the long ones are long request types, not logic.
    expect(code[Math.floor(code.length / 2)]).toBeLessThan(40);
    for (const f of funcs) expect(f.content.match(/\bcall\(core, op, request, options\)/g), f.path).toHaveLength(1);
  });
});
