// Generates src/webhooks/events.ts from Clerk's webhooks spec: one TS type per payload object and
// per event, and the structural shapes that check a verified event before it reaches the caller.
//
// Checks are structural only, like API responses (DESIGN.md): JSON types, presence, nullability,
// arrays vs objects. Objects keep unknown keys, enums stay open, discriminated unions accept
// variants added later, and `pattern`, `format`, lengths, `additionalProperties: false` and
// constraint-only `anyOf`/`oneOf` branches are ignored, so a field Clerk adds tomorrow never
// makes a genuine, signed event fail. Where the spec's own examples break its `required` lists,
// codegen/webhooks-overlay.yml relaxes them (applied here, on a copy of the spec).
//
// The spec describes each event as `allOf: [WebhookEventPayload, { properties: { data } }]`. The
// generator merges that, checks that every event shares the same envelope (everything but `data`),
// and emits the envelope once plus one `data` schema per event type: verification checks the
// envelope, then looks the event type up and checks only that event's `data`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { pascal, propKey as key } from "./names.ts";
import { applyOverlay } from "./overlay.ts";
import { findCycles, pure } from "./schema.ts";
import { ROOT } from "./spec.ts";

// ---------------------------------------------------------------------------------------------
// A small schema IR: what structural validation needs and nothing else.

type Node =
  | { readonly kind: "string"; readonly enum?: readonly string[] }
  | { readonly kind: "number" }
  | { readonly kind: "boolean" }
  | { readonly kind: "unknown" }
  /** `lazy`: the reference closes a cycle of components (checked through `s.lazy`, as in src/models). */
  | { readonly kind: "ref"; readonly name: string; readonly lazy?: true }
  | { readonly kind: "nullable"; readonly inner: Node }
  | { readonly kind: "array"; readonly items: Node }
  | { readonly kind: "record"; readonly values: Node }
  | UnionNode
  | ObjectNode;

interface UnionNode {
  readonly kind: "union";
  readonly members: readonly Node[];
  /** Set when every member carries its own value of a discriminator property. */
  readonly discriminator?: { readonly key: string; readonly tags: readonly string[] };
}

interface ObjectNode {
  readonly kind: "object";
  readonly props: readonly Prop[];
}

interface Prop {
  readonly name: string;
  readonly node: Node;
  readonly required: boolean;
  readonly description?: string;
  readonly deprecated?: boolean;
}

const SOURCE = "webhooks-2025-04-15.yml";
const OUT_PATH = "src/webhooks/events.ts";
const OVERLAY = join(ROOT, "codegen", "webhooks-overlay.yml");
const HEADER = `// Generated from ${SOURCE}. Do not edit: change codegen/ instead.`;

/** Names the generated module defines itself; a spec name that collides with one is an error. */
const RESERVED = new Set([
  "v",
  "openVariant",
  "WebhookEventEnvelope",
  "KnownWebhookEvent",
  "KnownWebhookEventType",
  "UnknownWebhookEvent",
  "WebhookEvent",
  "WebhookEventOfType",
  "webhookEventDataSchemas",
  "knownWebhookEventTypes",
]);

/**
 * Generate the webhook event types and schemas from the parsed webhooks spec (as returned by
 * `loadSpec(WEBHOOKS)`; it is not modified). Applies codegen/webhooks-overlay.yml to a copy first.
 * Deterministic: the same spec always gives the same bytes. Throws on a spec shape it cannot
 * represent faithfully (events with different envelopes, colliding
 * names, an overlay target that no longer exists), so a spec change is noticed at generation
 * time, never at run time.
 */
export function generateWebhooks(spec: any, api?: ApiModels, index: string = readFileSync(join(ROOT, INDEX_PATH), "utf8")): { path: string; content: string }[] {
  const fixed = structuredClone(spec);
  applyOverlay(fixed, OVERLAY);
  const events = renderWebhookEvents(fixed, api);
  return [
    { path: OUT_PATH, content: events },
    { path: INDEX_PATH, content: webhooksIndex(index, events) },
  ];
}

const INDEX_PATH = "src/webhooks/index.ts";
/** The lines around the block of src/webhooks/index.ts the generator writes (the rest is by hand). */
export const INDEX_BEGIN = "// <generated> every payload and event type of src/webhooks/events.ts: codegen/webhooks.ts writes this block";
export const INDEX_END = "// </generated>";

/**
 * The payload and event types a generated events module exports (interfaces, aliases and the API
 * models it re-exports), without the fixed names it always defines (`RESERVED`), in code-unit order.
 */
export function payloadTypeNames(events: string): string[] {
  const file = ts.createSourceFile("events.ts", events, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names = new Set<string>();
  const exported = (n: ts.Node): boolean => !!ts.getModifiers(n as ts.HasModifiers)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const stmt of file.statements) {
    if ((ts.isInterfaceDeclaration(stmt) || ts.isTypeAliasDeclaration(stmt)) && exported(stmt)) names.add(stmt.name.text);
    else if (ts.isExportDeclaration(stmt) && !stmt.moduleSpecifier && stmt.exportClause && ts.isNamedExports(stmt.exportClause)) {
      for (const el of stmt.exportClause.elements) names.add(el.name.text);
    }
  }
  return [...names].filter((n) => !RESERVED.has(n)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * src/webhooks/index.ts with its generated block rewritten: a named, type-only re-export of every
 * payload and event type (never `export *`), so a payload new in the spec needs no hand edit.
 */
export function webhooksIndex(index: string, events: string): string {
  const begin = index.indexOf(INDEX_BEGIN);
  const end = index.indexOf(INDEX_END, begin);
  if (begin < 0 || end < 0) throw new Error(`${INDEX_PATH}: the generated block's markers are missing (${INDEX_BEGIN} … ${INDEX_END})`);
  const names = payloadTypeNames(events);
  const block = `${INDEX_BEGIN}\nexport type {\n${names.map((n) => `  ${n},`).join("\n")}\n} from "./events.js";\n`;
  return index.slice(0, begin) + block + index.slice(end);
}

/** The events module for a spec as given (no overlay): the generator proper, for tests. */
export function renderWebhookEvents(spec: any, api?: ApiModels): string {
  return new Generator(spec, api).render();
}

/**
 * The Backend API's models, so payload types that match one are not declared twice: the
 * (overlaid, renamed) API spec and, per component, its module and whether it is a response model.
 */
export interface ApiModels {
  readonly spec: any;
  readonly modules: ReadonlyMap<string, { readonly file: string; readonly typeName: string; readonly mode: "response" | "request" }>;
}

/** A payload type named like an API model but shaped differently, and how. */
export interface ModelDifference {
  readonly name: string;
  readonly module: string;
  readonly differences: readonly string[];
}

/** Which payload components reuse an API model, and how the others differ from theirs. */
export function compareWithModels(spec: any, api: ApiModels): { reused: string[]; differing: ModelDifference[] } {
  const fixed = structuredClone(spec);
  applyOverlay(fixed, OVERLAY);
  const g = new Generator(fixed, api);
  g.render();
  return { reused: [...g.reused].sort(), differing: g.differing };
}

interface Event {
  readonly type: string;
  readonly ident: string;
  readonly description: string | undefined;
  readonly data: Node;
  /** The named type of `data` when it is an inline object (not a component). */
  readonly dataIdent: string | undefined;
  /** An earlier event whose inline `data` is identical: this one aliases it. */
  readonly sameAs: string | undefined;
}

class Generator {
  private readonly schemas: Record<string, any>;
  /** Component name → normalized node, filled lazily. */
  private readonly normalized = new Map<string, Node>();
  /** Component names in emission order (dependencies first). */
  private readonly order: string[] = [];
  private readonly visiting: string[] = [];
  /** Pairs "A B" of components in the same reference cycle (the same analysis as the models'). */
  private readonly cyclic: Set<string>;
  private readonly collecting = new Set<string>();
  private readonly identifiers = new Map<string, string>();
  private readonly claimed = new Map<string, string>();
  private usesOpenVariant = false;
  /** Components taken from src/models (the API's model has the same structure). */
  readonly reused = new Set<string>();
  readonly differing: ModelDifference[] = [];
  private readonly api: { readonly models: ApiModels; readonly normalizer: Generator } | undefined;

  constructor(
    private readonly spec: any,
    models?: ApiModels,
  ) {
    this.schemas = spec?.components?.schemas ?? {};
    this.cyclic = findCycles(this.schemas);
    // The same normalizer reads the API's components, so "the same shape" means the same Node.
    this.api = models ? { models, normalizer: new Generator(models.spec) } : undefined;
  }

  /** The API component's node, or undefined when it has none (or one this IR cannot hold). */
  private apiNode(name: string): Node | undefined {
    const mod = this.api?.models.modules.get(name);
    if (!mod || mod.mode !== "response") return undefined;
    try {
      return this.api!.normalizer.component(name);
    } catch {
      return undefined;
    }
  }

  /**
   * Decides reuse for every emitted component: the API model is taken when its node equals this
   * one (docs aside) and every component it refers to is reused too; otherwise a same-named
   * model's differences are recorded (they become a comment on the declaration).
   */
  private decideReuse(): void {
    const decided = new Map<string, boolean>();
    const reusable = (name: string): boolean => {
      const known = decided.get(name);
      if (known !== undefined) return known;
      decided.set(name, true); // a cycle back to `name` does not veto it
      const mine = this.normalized.get(name);
      const theirs = this.apiNode(name);
      const ok = !!mine && !!theirs && shape(mine) === shape(theirs) && refsOf(mine).every(reusable);
      decided.set(name, ok);
      return ok;
    };
    for (const name of this.order) {
      if (reusable(name)) this.reused.add(name);
      else {
        const theirs = this.apiNode(name);
        if (theirs) this.differing.push({ name, module: `src/models/${this.api!.models.modules.get(name)!.file}.ts`, differences: describeDifferences(this.normalized.get(name)!, theirs, (n) => reusable(n)) });
      }
    }
  }

  render(): string {
    const hooks = this.spec?.["x-webhooks"] ?? this.spec?.webhooks;
    if (!hooks || typeof hooks !== "object") throw new Error("webhooks spec: no x-webhooks / webhooks section");
    // Code-unit order, not localeCompare, so the output never depends on the machine's locale.
    const names = Object.keys(hooks).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

    const events: Event[] = [];
    const inlineData = new Map<string, string>();
    let envelope: ObjectNode | undefined;
    let envelopeKey = "";

    for (const type of names) {
      const op = hooks[type]?.post;
      const body = this.deref(op?.requestBody);
      const schema = body?.content?.["application/json"]?.schema;
      if (!schema) throw new Error(`webhooks spec: event ${type} has no application/json schema`);
      const node = this.inlineObject(this.normalize(schema));
      if (!node) throw new Error(`webhooks spec: event ${type} is not an object`);
      const dataProp = node.props.find((p) => p.name === "data");
      if (!dataProp) throw new Error(`webhooks spec: event ${type} has no data`);
      const rest: ObjectNode = { kind: "object", props: node.props.filter((p) => p.name !== "data") };
      const key = JSON.stringify(rest);
      if (envelope === undefined) {
        envelope = rest;
        envelopeKey = key;
      } else if (key !== envelopeKey) {
        throw new Error(`webhooks spec: event ${type} has an envelope unlike the other events`);
      }
      const ident = this.claim(pascal(type) + "Event", `event ${type}`);
      // `data` is required whatever `required` says: an event without it tells nothing.
      const data = dataProp.node;
      let dataIdent: string | undefined;
      let sameAs: string | undefined;
      if (data.kind === "object") {
        dataIdent = this.claim(ident + "Data", `data of event ${type}`);
        const dataKey = JSON.stringify(data);
        sameAs = inlineData.get(dataKey);
        if (sameAs === undefined) inlineData.set(dataKey, dataIdent);
      }
      this.collectRefs(data);
      events.push({ type, ident, description: op?.description, data, dataIdent, sameAs });
    }
    if (!envelope) throw new Error("webhooks spec: no events");
    this.collectRefs(envelope);

    const body: string[] = [];
    if (this.api) this.decideReuse();
    const imports: string[] = [];
    for (const name of this.order) {
      if (this.reused.has(name)) {
        const mod = this.api!.models.modules.get(name)!;
        imports.push(`import { ${mod.typeName} } from "../models/${mod.file}.js";`);
        body.push(`/** The API's {@link ${mod.typeName}} (src/models): the webhooks spec describes the same shape. */`, `export { ${mod.typeName} };`, "");
        continue;
      }
      const raw = this.schemas[name];
      const doc = describe(raw?.description) ?? `The \`${name}\` object of Clerk's webhook payloads.`;
      const diff = this.differing.find((d) => d.name === name);
      if (diff) body.push(`// Not the API's ${name} (${diff.module}): ${diff.differences.join("; ")}.`);
      body.push(...this.declare(this.ident(name), this.normalized.get(name)!, doc, raw?.deprecated === true));
    }

    body.push(
      "/** The fields every Clerk webhook event carries around its `data`, whatever its `type`. */",
      `export interface WebhookEventEnvelope ${this.type(envelope, "")}`,
      "/** Checks the envelope of any event, known type or not; `data` is checked per type. */",
      `export const WebhookEventEnvelope: s.Shape<WebhookEventEnvelope> = ${pure(this.schema(envelope, ""))};`,
      "",
    );

    for (const e of events) {
      if (!e.dataIdent) continue;
      if (e.sameAs) {
        body.push(
          `/** The \`data\` of \`${e.type}\` events: the same shape as {@link ${e.sameAs}}. */`,
          `export type ${e.dataIdent} = ${e.sameAs};`,
          `/** Checks that a value has the shape of {@link ${e.dataIdent}}. */`,
          `export const ${e.dataIdent}: s.Shape<${e.dataIdent}> = ${e.sameAs};`,
          "",
        );
      } else {
        body.push(...this.declare(e.dataIdent, e.data, `The \`data\` of \`${e.type}\` events.`, false));
      }
    }

    for (const e of events) {
      const what = describe(e.description);
      body.push(
        ...docBlock(`\`${e.type}\`${what ? `: ${sentence(oneLine(what))}` : "."}`, "", false),
        `export interface ${e.ident} extends WebhookEventEnvelope {`,
        `  type: ${q(e.type)};`,
        `  data: ${e.dataIdent ?? this.type(e.data, "  ")};`,
        "}",
      );
    }
    body.push("");

    body.push(
      "/** Every event type this spec documents, with its typed `data`. */",
      `export type KnownWebhookEvent =\n${events.map((e) => `  | ${e.ident}`).join("\n")};`,
      "",
      "/** The `type` of a documented event. */",
      'export type KnownWebhookEventType = KnownWebhookEvent["type"];',
      "",
      "/** The documented event of the given type(s). */",
      "export type WebhookEventOfType<T extends KnownWebhookEventType> = Extract<KnownWebhookEvent, { type: T }>;",
      "",
      "/**",
      " * An event whose `type` this SDK does not know yet (Clerk added it after this spec): it was",
      " * verified and its envelope checked, and its `data` is passed through unchecked.",
      " *",
      " * Typed so that checks on `type` narrow: `type` is a plain `string` (TypeScript stops",
      " * narrowing a union on a member typed `string & {}`), and `data` is `never` (with `unknown`",
      " * the narrowed event's `data` would be `unknown` too; `never` adds nothing to the union). So",
      " * `if (event.type === \"user.created\") event.data.id` is a `string`, and the `default` of a",
      " * `switch` still gets events of types added later. Read such an event's data as",
      " * `event.data as unknown` (it is the JSON Clerk sent).",
      " */",
      "export interface UnknownWebhookEvent extends WebhookEventEnvelope {",
      "  type: string;",
      "  data: never;",
      "}",
      "",
      "/** What `verifyWebhook` returns: a documented event, or one of a type added since. */",
      "export type WebhookEvent = KnownWebhookEvent | UnknownWebhookEvent;",
      "",
      "/** The `data` schema of each documented event type, looked up by the event's `type`. */",
      "export const webhookEventDataSchemas: {",
      '  readonly [T in KnownWebhookEventType]: s.Shape<WebhookEventOfType<T>["data"]>;',
      "} = {",
      ...events.map((e) => `  ${q(e.type)}: ${e.dataIdent ?? this.schema(e.data, "  ")},`),
      "};",
      "",
      "/** The documented event types, sorted. */",
      "export const knownWebhookEventTypes: readonly KnownWebhookEventType[] = [",
      ...events.map((e) => `  ${q(e.type)},`),
      "];",
      "",
    );

    const head = [HEADER, 'import * as s from "../core/shape.js";'];
    if (this.usesOpenVariant) head.push('import { openVariant } from "../core/schemas.js";');
    head.push(...imports.sort());
    head.push(
      "",
      "// Structural checks only (types, presence, nullability, arrays vs objects): objects keep",
      "// unknown keys, enums stay open and union variants added later pass, so a field or value",
      "// Clerk adds never fails a signed event.",
      "",
    );
    return [...head, ...body].join("\n");
  }

  /** A named type plus its schema const (same name: a type and a value). */
  private declare(ident: string, node: Node, doc: string, deprecated: boolean): string[] {
    const out = docBlock(doc, "", deprecated);
    out.push(node.kind === "object" ? `export interface ${ident} ${this.type(node, "")}` : `export type ${ident} = ${this.type(node, "")};`);
    out.push(`/** Checks that a value has the shape of {@link ${ident}}. */`);
    out.push(`export const ${ident}: s.Shape<${ident}> = ${pure(this.schema(node, ""))};`, "");
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Normalization: spec schema → Node.

  private deref(x: any): any {
    let cur = x;
    for (let i = 0; cur && typeof cur === "object" && typeof cur.$ref === "string" && i < 32; i++) {
      cur = this.pointer(cur.$ref);
    }
    return cur;
  }

  private pointer(ref: string): any {
    if (!ref.startsWith("#/")) throw new Error(`webhooks spec: external $ref ${ref} is not supported`);
    let cur: any = this.spec;
    for (const part of ref.slice(2).split("/")) {
      cur = cur?.[part.replace(/~1/g, "/").replace(/~0/g, "~")];
    }
    if (cur === undefined) throw new Error(`webhooks spec: dangling $ref ${ref}`);
    return cur;
  }

  private componentName(ref: string): string | undefined {
    const m = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
    return m ? m[1] : undefined;
  }

  /** Normalize a component once. */
  component(name: string): Node {
    const done = this.normalized.get(name);
    if (done) return done;
    if (!(name in this.schemas)) throw new Error(`webhooks spec: unknown schema ${name}`);
    this.visiting.push(name);
    const node = this.normalize(this.schemas[name]);
    this.visiting.pop();
    this.normalized.set(name, node);
    return node;
  }

  private normalize(s: any): Node {
    if (s === true || s === undefined || s === null || typeof s !== "object") return { kind: "unknown" };
    const nullable = s.nullable === true || (Array.isArray(s.type) && s.type.includes("null"));
    const wrap = (n: Node): Node => (nullable && n.kind !== "unknown" ? { kind: "nullable", inner: stripNullable(n) } : n);

    if (typeof s.$ref === "string") {
      // OpenAPI 3.0 ignores siblings of $ref, but Clerk writes `nullable: true` next to one and
      // means it; honour that one sibling.
      const name = this.componentName(s.$ref);
      if (name === undefined) return wrap(this.normalize(this.pointer(s.$ref)));
      const owner = this.visiting[this.visiting.length - 1];
      // A reference back into a cycle: the target is still being normalized, so it is not peeked
      // at (only the `nullable` sibling counts) and its schema is taken lazily.
      if (owner !== undefined && this.cyclic.has(`${owner} ${name}`)) {
        if (this.visiting.includes(name)) return wrap({ kind: "ref", name, lazy: true });
      }
      const target = this.component(name);
      return nullable || target.kind !== "nullable" ? wrap({ kind: "ref", name }) : { kind: "ref", name };
    }

    // Constraint-only branches (e.g. `anyOf: [{ required: [domain] }, { required: [domains] }]`)
    // restrict presence beyond the structure; the live API breaks them, so they are dropped.
    const shaped = (xs: any): any[] => (Array.isArray(xs) ? xs.filter(hasShape) : []);
    const allOf = shaped(s.allOf);
    const alternatives = shaped(s.oneOf).length > 0 ? shaped(s.oneOf) : shaped(s.anyOf);
    const own = ownShape(s);

    if (allOf.length > 0) {
      const ownObject = own || Array.isArray(s.required);
      if (allOf.length === 1 && !ownObject && alternatives.length === 0) return wrap(this.normalize(allOf[0]));
      if (alternatives.length > 0) throw new Error("webhooks spec: allOf next to oneOf/anyOf is not supported");
      // An intersection of objects: merge their properties, required if any part requires them
      // (Clerk puts `required: [data]` beside the allOf as often as inside it).
      const parts = allOf.map((p) => this.normalize(p));
      if (ownObject) parts.push(this.object(s));
      let merged: ObjectNode | undefined;
      for (const part of parts) {
        const obj = this.inlineObject(part);
        if (!obj) throw new Error("webhooks spec: allOf of a non-object is not supported");
        merged = merged ? mergeObjects(merged, obj) : obj;
      }
      return wrap(merged!);
    }

    if (alternatives.length > 0) {
      if (own) throw new Error("webhooks spec: oneOf/anyOf next to properties is not supported");
      const members = dedupe(alternatives.map((a) => stripNullable(this.normalize(a))));
      if (members.length === 1) return wrap(members[0]!);
      const discriminator = this.discriminator(s, alternatives);
      return wrap(discriminator ? { kind: "union", members, discriminator } : { kind: "union", members });
    }

    const type = Array.isArray(s.type) ? s.type.find((t: unknown) => t !== "null") : s.type;
    switch (type) {
      case "string":
        return wrap(Array.isArray(s.enum) ? { kind: "string", enum: s.enum.filter((x: unknown) => typeof x === "string") } : { kind: "string" });
      case "integer":
      case "number":
        // Integers are JSON numbers; "is it whole" is a format-like refinement, not structure.
        return wrap({ kind: "number" });
      case "boolean":
        return wrap({ kind: "boolean" });
      case "array":
        return wrap({ kind: "array", items: this.normalize(s.items) });
      case "object":
      case undefined:
        if (type === undefined && !s.properties && s.additionalProperties === undefined) return { kind: "unknown" };
        return wrap(this.object(s));
      default:
        return { kind: "unknown" };
    }
  }

  private object(s: any): ObjectNode | Node {
    const props = s.properties && typeof s.properties === "object" ? s.properties : {};
    const required = new Set<string>(Array.isArray(s.required) ? s.required : []);
    const add = s.additionalProperties;
    if (Object.keys(props).length === 0 && add && typeof add === "object" && Object.keys(add).length > 0) {
      return { kind: "record", values: this.normalize(add) };
    }
    const list: Prop[] = [];
    for (const [name, p] of Object.entries<any>(props)) {
      list.push(prop(name, this.normalize(p), required.has(name), p));
    }
    // A name listed as required but never described: it must be there, its type is open.
    for (const name of required) {
      if (!(name in props)) list.push({ name, node: { kind: "unknown" }, required: true });
    }
    return { kind: "object", props: list };
  }

  /** The tag each member of a discriminated oneOf carries (from the mapping or a one-value enum). */
  private discriminator(s: any, members: any[]): UnionNode["discriminator"] {
    const key = s.discriminator?.propertyName;
    if (typeof key !== "string") return undefined;
    const mapping: Record<string, string> = s.discriminator.mapping ?? {};
    const tags: string[] = [];
    for (const m of members) {
      const byMap = Object.keys(mapping).find((tag) => typeof m.$ref === "string" && mapping[tag] === m.$ref);
      const target = this.deref(m);
      const byEnum = target?.properties?.[key]?.enum;
      const tag = byMap ?? (Array.isArray(byEnum) && byEnum.length === 1 ? byEnum[0] : undefined);
      if (typeof tag !== "string" || tags.includes(tag)) return undefined;
      tags.push(tag);
    }
    return { key, tags };
  }

  /** The object behind a node (following a component ref), or undefined when it is not one. */
  private inlineObject(n: Node): ObjectNode | undefined {
    if (n.kind === "object") return n;
    if (n.kind === "ref") return this.inlineObject(this.component(n.name));
    if (n.kind === "record" || n.kind === "unknown") return { kind: "object", props: [] };
    return undefined;
  }

  /** Depth-first, dependencies first: a schema const must exist before another one uses it. */
  private collectRefs(n: Node): void {
    switch (n.kind) {
      case "ref":
        if (this.order.includes(n.name) || this.collecting.has(n.name)) return;
        this.collecting.add(n.name);
        this.collectRefs(this.component(n.name));
        this.ident(n.name);
        this.order.push(n.name);
        return;
      case "nullable":
        return this.collectRefs(n.inner);
      case "array":
        return this.collectRefs(n.items);
      case "record":
        return this.collectRefs(n.values);
      case "union":
        return n.members.forEach((m) => this.collectRefs(m));
      case "object":
        return n.props.forEach((p) => this.collectRefs(p.node));
      default:
        return;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Emission.

  private ident(component: string): string {
    const known = this.identifiers.get(component);
    if (known) return known;
    const id = this.claim(pascal(component), `schema ${component}`);
    this.identifiers.set(component, id);
    return id;
  }

  private claim(id: string, what: string): string {
    if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(id)) throw new Error(`webhooks spec: ${what} gives the invalid name ${id}`);
    const prior = this.claimed.get(id);
    if (RESERVED.has(id) || (prior !== undefined && prior !== what)) {
      throw new Error(`webhooks spec: ${what} gives the name ${id}, already used by ${prior ?? "the generated module"}`);
    }
    this.claimed.set(id, what);
    return id;
  }

  private type(n: Node, indent: string): string {
    switch (n.kind) {
      case "string":
        return n.enum && n.enum.length > 0 ? [...n.enum.map(q), "(string & {})"].join(" | ") : "string";
      case "number":
      case "boolean":
      case "unknown":
        return n.kind;
      case "ref":
        return this.ident(n.name);
      case "nullable":
        return `${this.type(n.inner, indent)} | null`;
      case "array": {
        const inner = this.type(n.items, indent);
        return /^[A-Za-z_$][\w$]*$/.test(inner) ? `${inner}[]` : `Array<${inner}>`;
      }
      case "record":
        return `Record<string, ${this.type(n.values, indent)}>`;
      case "union":
        return n.members.map((m) => this.type(m, indent)).join(" | ");
      case "object": {
        if (n.props.length === 0) return "Record<string, unknown>";
        const inner = indent + "  ";
        const lines = ["{"];
        for (const p of n.props) {
          lines.push(...docBlock(p.description, inner, p.deprecated === true));
          lines.push(`${inner}${key(p.name)}${p.required ? "" : "?"}: ${this.type(p.node, inner)};`);
        }
        lines.push(`${indent}}`);
        return lines.join("\n");
      }
    }
  }

  private schema(n: Node, indent: string): string {
    switch (n.kind) {
      case "string":
        return "s.string";
      case "number":
        return "s.number";
      case "boolean":
        return "s.boolean";
      case "unknown":
        return "s.unknown";
      case "ref":
        return n.lazy ? `s.lazy(() => ${this.ident(n.name)})` : this.ident(n.name);
      case "nullable":
        return `s.nullable(${this.schema(n.inner, indent)})`;
      case "array":
        return `s.array(${this.schema(n.items, indent)})`;
      case "record":
        return `s.record(${this.schema(n.values, indent)})`;
      case "union": {
        if (n.discriminator) {
          // A known tag is checked against its own variant, an unknown one (a variant Clerk
          // added later) passes as an object: see src/core/schemas.ts.
          this.usesOpenVariant = true;
          const d = n.discriminator;
          const entries = n.members.map((m, i) => `${q(d.tags[i]!)}: ${this.schema(m, indent)}`).join(", ");
          return `openVariant(${q(d.key)}, { ${entries} })`;
        }
        return `s.union([${n.members.map((m) => this.schema(m, indent)).join(", ")}])`;
      }
      case "object": {
        if (n.props.length === 0) return "s.looseObject({})";
        const inner = indent + "  ";
        const lines = ["s.looseObject({"];
        for (const p of n.props) {
          const s = this.schema(p.node, inner);
          // exactOptional: JSON never holds `undefined`, and it types the key as `k?: T` (not
          // `T | undefined`), which is what the interface says under exactOptionalPropertyTypes.
          lines.push(`${inner}${key(p.name)}: ${p.required || p.node.kind === "unknown" ? s : `s.exactOptional(${s})`},`);
        }
        lines.push(`${indent}})`);
        return lines.join("\n");
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers.

function prop(name: string, node: Node, required: boolean, raw: any): Prop {
  const description = describe(raw?.description);
  return {
    name,
    node,
    required,
    ...(description !== undefined ? { description } : {}),
    ...(raw?.deprecated === true ? { deprecated: true } : {}),
  };
}

function stripNullable(n: Node): Node {
  return n.kind === "nullable" ? n.inner : n;
}

/** True when a schema describes a shape, not only a constraint such as `required: [...]`. */
function hasShape(s: any): boolean {
  if (!s || typeof s !== "object") return false;
  return ownShape(s) || s.type !== undefined || typeof s.$ref === "string" || Array.isArray(s.allOf) || Array.isArray(s.oneOf) || Array.isArray(s.anyOf);
}

/** True when a schema has a shape of its own beside its `allOf`/`oneOf`/`anyOf` branches. */
function ownShape(s: any): boolean {
  // A bare `type: object` next to branches says nothing the branches do not say.
  return (s.type !== undefined && s.type !== "object") || s.properties !== undefined || s.items !== undefined || s.enum !== undefined;
}

function mergeObjects(a: ObjectNode, b: ObjectNode): ObjectNode {
  const props = [...a.props];
  for (const p of b.props) {
    const i = props.findIndex((x) => x.name === p.name);
    if (i === -1) {
      props.push(p);
      continue;
    }
    const prev = props[i]!;
    // A later part that only adds `required` (its node unknown) keeps the earlier shape.
    const node = p.node.kind === "unknown" ? prev.node : p.node;
    props[i] = { ...prev, ...p, node, required: prev.required || p.required };
  }
  return { kind: "object", props };
}

function dedupe(nodes: Node[]): Node[] {
  const seen = new Set<string>();
  return nodes.filter((n) => {
    const k = JSON.stringify(n);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function q(s: string): string {
  return JSON.stringify(s);
}


function describe(d: unknown): string | undefined {
  if (typeof d !== "string") return undefined;
  const text = d.trim();
  return text.length > 0 ? text : undefined;
}

function sentence(s: string): string {
  return /[.!?]$/.test(s) ? s : s + ".";
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ");
}

/** A JSDoc block; `*\/` inside spec text is broken up so it cannot end the comment. */
function docBlock(text: string | undefined, indent: string, deprecated: boolean): string[] {
  const lines = text ? text.replace(/\*\//g, "*\\/").split(/\r?\n/).map((l) => l.trimEnd()) : [];
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  if (deprecated) lines.push("@deprecated");
  if (lines.length === 0) return [];
  if (lines.length === 1) return [`${indent}/** ${lines[0]} */`];
  return [`${indent}/**`, ...lines.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)), `${indent} */`];
}

/** A node without its documentation: what "the same shape" compares. */
function shape(n: Node): string {
  return JSON.stringify(n, (k, v) => (k === "description" || k === "deprecated" ? undefined : v));
}

/** The components a node refers to directly. */
function refsOf(n: Node): string[] {
  switch (n.kind) {
    case "ref":
      return [n.name];
    case "nullable":
      return refsOf(n.inner);
    case "array":
      return refsOf(n.items);
    case "record":
      return refsOf(n.values);
    case "union":
      return n.members.flatMap(refsOf);
    case "object":
      return n.props.flatMap((p) => refsOf(p.node));
    default:
      return [];
  }
}

/** How a payload component differs from the API's component of the same name, field by field. */
function describeDifferences(mine: Node, theirs: Node, sameRef: (name: string) => boolean): string[] {
  if (mine.kind !== "object" || theirs.kind !== "object") return [shape(mine) === shape(theirs) ? "refers to payload types that differ" : `${mine.kind} here, ${theirs.kind} in the API`];
  const out: string[] = [];
  const list = (what: string, names: string[]): void => {
    if (names.length) out.push(`${what}: ${names.join(", ")}`);
  };
  const theirProps = new Map(theirs.props.map((p) => [p.name, p]));
  const myProps = new Map(mine.props.map((p) => [p.name, p]));
  list("only in webhooks", mine.props.filter((p) => !theirProps.has(p.name)).map((p) => p.name));
  list("only in the API", theirs.props.filter((p) => !myProps.has(p.name)).map((p) => p.name));
  const both = mine.props.filter((p) => theirProps.has(p.name));
  list("required only in webhooks", both.filter((p) => p.required && !theirProps.get(p.name)!.required).map((p) => p.name));
  list("required only in the API", both.filter((p) => !p.required && theirProps.get(p.name)!.required).map((p) => p.name));
  list("typed differently", both.filter((p) => shape(p.node) !== shape(theirProps.get(p.name)!.node)).map((p) => p.name));
  list("of payload types that differ", both.filter((p) => shape(p.node) === shape(theirProps.get(p.name)!.node) && !refsOf(p.node).every(sameRef)).map((p) => p.name));
  return out.length ? out : ["the same fields, in another order"];
}
