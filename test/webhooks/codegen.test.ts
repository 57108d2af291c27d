// The events generator: how spec constructs become types and structural schemas, and that the
// committed src/webhooks/events.ts is exactly what the pinned spec generates.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadSpec, WEBHOOKS } from "../../codegen/spec.js";
import { loadApiModels } from "../../codegen/generate.js";
import { generateWebhooks, renderWebhookEvents } from "../../codegen/webhooks.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

const envelope = {
  properties: { object: { type: "string" }, type: { type: "string" }, timestamp: { type: "integer" } },
  required: ["object", "type", "timestamp"],
};

/** A minimal webhooks spec: each event is `allOf: [Envelope, { data }]`, as in Clerk's. */
function miniSpec(events: Record<string, unknown>, schemas: Record<string, unknown> = {}): any {
  const hooks: Record<string, unknown> = {};
  for (const [type, data] of Object.entries(events)) {
    hooks[type] = {
      post: {
        description: `${type} happened`,
        requestBody: {
          content: {
            "application/json": {
              schema: { allOf: [{ $ref: "#/components/schemas/Envelope" }, { properties: { data } }], required: ["data"] },
            },
          },
        },
      },
    };
  }
  return { "x-webhooks": hooks, components: { schemas: { Envelope: envelope, ...schemas } } };
}

describe("webhooks generator", () => {
  it("the committed events.ts and index.ts block are what the pinned spec generates (deterministically)", async () => {
    const spec = await loadSpec(WEBHOOKS);
    const api = await loadApiModels();
    const first = generateWebhooks(spec, api);
    const second = generateWebhooks(spec, api);
    expect(first).toEqual(second);
    expect(first.map((f) => f.path)).toEqual(["src/webhooks/events.ts", "src/webhooks/index.ts"]);
    const content = first[0]!.content;
    expect(content.split("\n")[0]).toBe("// Generated from webhooks-2025-04-15.yml. Do not edit: change codegen/ instead.");
    expect(readFileSync(resolve(repoRoot, "src/webhooks/events.ts"), "utf8")).toBe(content);
    expect(readFileSync(resolve(repoRoot, "src/webhooks/index.ts"), "utf8")).toBe(first[1]!.content);
  });

  it("does not modify the spec it is given", async () => {
    const spec = await loadSpec(WEBHOOKS);
    const before = JSON.stringify(spec);
    generateWebhooks(spec);
    expect(JSON.stringify(spec)).toBe(before);
  });

  it("marks every top-level schema construction pure and annotates every exported const", async () => {
    const content = generateWebhooks(await loadSpec(WEBHOOKS))[0]!.content;
    const consts = content.split("\n").filter((l) => l.startsWith("export const "));
    expect(consts.length).toBeGreaterThan(50);
    for (const line of consts) {
      expect(line).toMatch(/^export const \w+: /);
      if (/= s\.\w+\(|= openVariant\(/.test(line)) throw new Error(`not marked pure: ${line}`);
    }
    expect(content).not.toMatch(/^(?!export)(const|let|var) /m);
  });

  it("emits a type, an envelope and a data schema per event, sorted by type", () => {
    const out = renderWebhookEvents(
      miniSpec(
        { "thing.updated": { $ref: "#/components/schemas/Thing" }, "thing.created": { $ref: "#/components/schemas/Thing" } },
        { Thing: { type: "object", properties: { id: { type: "string" } }, required: ["id"] } },
      ),
    );
    expect(out).toContain("export interface ThingCreatedEvent extends WebhookEventEnvelope {\n  type: \"thing.created\";\n  data: Thing;\n}");
    expect(out).toContain("export type KnownWebhookEvent =\n  | ThingCreatedEvent\n  | ThingUpdatedEvent;");
    expect(out).toContain('  "thing.created": Thing,\n  "thing.updated": Thing,');
    expect(out).toContain("export const Thing: s.Shape<Thing> = /*#__PURE__*/ s.looseObject({\n  id: s.string,\n});");
    expect(out).toMatch(/export interface WebhookEventEnvelope \{\n  object: string;\n  type: string;\n  timestamp: number;\n\}/);
  });

  it("keeps checks structural: open enums, no pattern/format/length, optional keys exactOptional", () => {
    const out = renderWebhookEvents(
      miniSpec({
        "a.b": {
          type: "object",
          additionalProperties: false,
          properties: {
            status: { type: "string", enum: ["on", "off"] },
            email: { type: "string", format: "email", pattern: "^.+@.+$", maxLength: 3 },
            count: { type: "integer", minimum: 0 },
            meta: { type: "object", additionalProperties: true },
            tags: { type: "array", items: { type: "string" }, nullable: true },
          },
          required: ["status"],
        },
      }),
    );
    expect(out).toContain('status: "on" | "off" | (string & {});');
    expect(out).toContain("status: s.string,");
    expect(out).toContain("email: s.exactOptional(s.string),");
    expect(out).toContain("count: s.exactOptional(s.number),");
    expect(out).toContain("meta?: Record<string, unknown>;");
    expect(out).toContain("meta: s.exactOptional(s.looseObject({})),");
    expect(out).toContain("tags?: string[] | null;");
    expect(out).toContain("tags: s.exactOptional(s.nullable(s.array(s.string))),");
    expect(out).not.toMatch(/s\.(regex|email|minLength|maxLength|minValue|integer|strictObject|object)\(/);
    expect(out).not.toContain("valibot");
  });

  it("merges allOf parts, honours a nullable sibling of $ref, and drops constraint-only anyOf", () => {
    const out = renderWebhookEvents(
      miniSpec(
        {
          "x.y": {
            allOf: [{ $ref: "#/components/schemas/Base" }, { properties: { extra: { type: "boolean" } }, required: ["extra"] }],
          },
        },
        {
          Base: {
            type: "object",
            properties: { id: { type: "string" }, parent: { nullable: true, $ref: "#/components/schemas/Parent" } },
            required: ["id"],
            anyOf: [{ required: ["a"] }, { required: ["b"] }],
          },
          Parent: { type: "object", properties: { name: { type: "string" } } },
        },
      ),
    );
    expect(out).toContain("export interface XYEventData {\n  id: string;\n  parent?: Parent | null;\n  extra: boolean;\n}");
    expect(out).toContain("parent: s.exactOptional(s.nullable(Parent)),");
    // Parent is declared before the schema that uses it.
    expect(out.indexOf("export const Parent:")).toBeLessThan(out.indexOf("export const XYEventData:"));
  });

  it("makes a discriminated oneOf an open variant and a plain oneOf a union", () => {
    const out = renderWebhookEvents(
      miniSpec(
        {
          "p.q": {
            type: "object",
            properties: {
              tagged: {
                oneOf: [{ $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/B" }],
                discriminator: { propertyName: "object" },
                nullable: true,
              },
              plain: { oneOf: [{ type: "string" }, { type: "number" }] },
            },
          },
        },
        {
          A: { type: "object", properties: { object: { type: "string", enum: ["a"] } } },
          B: { type: "object", properties: { object: { type: "string", enum: ["b"] } } },
        },
      ),
    );
    expect(out).toContain('import { openVariant } from "../core/schemas.js";');
    expect(out).toContain('tagged: s.exactOptional(s.nullable(openVariant("object", { "a": A, "b": B }))),');
    expect(out).toContain("tagged?: A | B | null;");
    expect(out).toContain("plain: s.exactOptional(s.union([s.string, s.number])),");
  });

  it("aliases identical inline data instead of repeating it", () => {
    const data = { type: "object", properties: { id: { type: "string" } } };
    const out = renderWebhookEvents(miniSpec({ "k.one": data, "k.two": data }));
    expect(out).toContain("export type KTwoEventData = KOneEventData;");
    expect(out).toContain("export const KTwoEventData: s.Shape<KTwoEventData> = KOneEventData;");
  });

  it("refuses what it cannot represent faithfully; takes reference cycles lazily", () => {
    const cyclic = miniSpec({ "c.d": { $ref: "#/components/schemas/Node" } }, {
      Node: { type: "object", properties: { next: { $ref: "#/components/schemas/Node" } } },
    });
    // Cycles are checked lazily, as in src/models (one treatment for both specs).
    expect(renderWebhookEvents(cyclic)).toContain("next: s.exactOptional(s.lazy(() => Node)),");

    const spec = miniSpec({ "e.f": { type: "object" }, "g.h": { type: "object" } });
    spec["x-webhooks"]["g.h"].post.requestBody.content["application/json"].schema.allOf[1].properties.extra = { type: "string" };
    expect(() => renderWebhookEvents(spec)).toThrow(/envelope/);

    const clash = miniSpec({ "m.n": { $ref: "#/components/schemas/WebhookEvent" } }, {
      WebhookEvent: { type: "object", properties: { id: { type: "string" } } },
    });
    expect(() => renderWebhookEvents(clash)).toThrow(/already used/);
    expect(() => renderWebhookEvents({ components: {} })).toThrow(/x-webhooks/);
  });
});
