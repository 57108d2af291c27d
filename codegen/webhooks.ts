// Generates src/webhooks/events.ts from Clerk's webhooks spec: one TS type per payload object and
// per event, and the valibot schemas that check a verified event before it reaches the caller.
//
// Checks are structural only, like API responses (DESIGN.md): JSON types, presence, nullability,
// arrays vs objects. Objects stay open to unknown keys, enums stay open, and `pattern`, `format`,
// lengths, `additionalProperties: false` and constraint-only `anyOf`/`oneOf` branches are ignored,
// so a field Clerk adds tomorrow never makes a genuine, signed event fail.
//
// The spec describes each event as `allOf: [WebhookEventPayload, { properties: { data } }]`. The
// generator merges that, checks that every event shares the same envelope (everything but `data`),
// and emits the envelope once plus one `data` schema per event type: verification validates the
// envelope, then looks the event type up and validates only that event's `data`.

/** One generated file, path relative to the repository root. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

// ---------------------------------------------------------------------------------------------
// A small schema IR: what structural validation needs and nothing else.

type Node =
  | { readonly kind: "string"; readonly enum?: readonly string[] }
  | { readonly kind: "number" }
  | { readonly kind: "boolean" }
  | { readonly kind: "unknown" }
  | { readonly kind: "ref"; readonly name: string }
  | { readonly kind: "nullable"; readonly inner: Node }
  | { readonly kind: "array"; readonly items: Node }
  | { readonly kind: "record"; readonly values: Node }
  | { readonly kind: "union"; readonly members: readonly Node[] }
  | ObjectNode;

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
const HEADER = `// Generated from ${SOURCE}. Do not edit: change codegen/ instead.`;

/** Names the generated module defines itself; a spec name that collides with one is an error. */
const RESERVED = new Set([
  "v",
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
 * `loadSpec(WEBHOOKS)`). Deterministic: the same spec always gives the same bytes. Throws on a
 * spec shape it cannot represent faithfully (a cycle between objects, events with different
 * envelopes, colliding names), so a spec change is noticed at generation time, never at run time.
 */
export function generateWebhooks(spec: any): { path: string; content: string }[] {
  const gen = new Generator(spec);
  return [{ path: OUT_PATH, content: gen.render() }];
}

class Generator {
  private readonly schemas: Record<string, any>;
  /** Component name → normalized node, filled lazily. */
  private readonly normalized = new Map<string, Node>();
  /** Component names in emission order (dependencies first). */
  private readonly order: string[] = [];
  private readonly visiting = new Set<string>();
  private readonly identifiers = new Map<string, string>();

  constructor(private readonly spec: any) {
    this.schemas = spec?.components?.schemas ?? {};
  }

  render(): string {
    const hooks = this.spec?.["x-webhooks"] ?? this.spec?.webhooks;
    if (!hooks || typeof hooks !== "object") throw new Error("webhooks spec: no x-webhooks / webhooks section");
    // Sorted with a plain code-unit comparison, not localeCompare, so the output never depends
    // on the machine's locale.
    const names = Object.keys(hooks).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

    interface Event {
      readonly type: string;
      readonly ident: string;
      readonly description: string | undefined;
      readonly data: Node;
      /** Set when `data` is an inline object that gets its own named type. */
      readonly dataIdent: string | undefined;
    }
    const events: Event[] = [];
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
      // `data` is required whatever the spec's `required` says: an event without it is useless.
      let data = stripNullable(dataProp.node);
      let dataIdent: string | undefined;
      if (data.kind === "object") {
        dataIdent = this.claim(ident + "Data", `data of event ${type}`);
      }
      this.collectRefs(data);
      events.push({ type, ident, description: op?.description, data, dataIdent });
    }
    if (!envelope) throw new Error("webhooks spec: no events");
    this.collectRefs(envelope);

    const out: string[] = [HEADER, `import * as v from "valibot";`, ""];
    out.push(
      "// Structural checks only (types, presence, nullability, arrays vs objects): objects keep",
      "// unknown keys and enums stay open, so a field or value Clerk adds never fails a signed event.",
      "",
    );

    for (const name of this.order) {
      const node = this.normalized.get(name)!;
      const ident = this.ident(name);
      const raw = this.schemas[name];
      out.push(...docBlock(describe(raw?.description) ?? `The \`${name}\` object of Clerk's webhook payloads.`, "", raw?.deprecated === true));
      out.push(`export type ${ident} = ${this.type(node, "")};`);
      out.push(`/** Checks that a value has the shape of {@link ${ident}}. */`);
      out.push(`export const ${ident}: v.GenericSchema<${ident}> = /*#__PURE__*/ ${this.schema(node, "")};`, "");
    }

    out.push(
      "/** The fields every Clerk webhook event carries around its `data`, whatever its `type`. */",
      `export type WebhookEventEnvelope = ${this.type(envelope, "")};`,
      "/** Checks the envelope of any event, known type or not; `data` is checked per type. */",
      `export const WebhookEventEnvelope: v.GenericSchema<WebhookEventEnvelope> = /*#__PURE__*/ ${this.schema(envelope, "")};`,
      "",
    );

    for (const e of events) {
      if (e.dataIdent) {
        out.push(`/** The \`data\` of a \`${e.type}\` event. */`);
        out.push(`export type ${e.dataIdent} = ${this.type(e.data, "")};`);
        out.push(`/** Checks that a value has the shape of {@link ${e.dataIdent}}. */`);
        out.push(`export const ${e.dataIdent}: v.GenericSchema<${e.dataIdent}> = /*#__PURE__*/ ${this.schema(e.data, "")};`, "");
      }
    }

    for (const e of events) {
      const what = describe(e.description);
      out.push(...docBlock(`\`${e.type}\`${what ? `: ${sentence(oneLine(what))}` : "."}`, "", false));
      const dataType = e.dataIdent ?? this.type(e.data, "");
      out.push(`export type ${e.ident} = WebhookEventEnvelope & { type: ${q(e.type)}; data: ${dataType} };`);
    }
    out.push("");

    out.push(
      "/** Every event type this spec documents, with its typed `data`. */",
      `export type KnownWebhookEvent =\n${events.map((e) => `  | ${e.ident}`).join("\n")};`,
      "",
      "/** The `type` of a documented event. */",
      "export type KnownWebhookEventType = KnownWebhookEvent[\"type\"];",
      "",
      "/** The documented event of the given type(s). */",
      "export type WebhookEventOfType<T extends KnownWebhookEventType> = Extract<KnownWebhookEvent, { type: T }>;",
      "",
      "/**",
      " * An event whose `type` this SDK does not know yet (Clerk added it after this spec): it was",
      " * verified and its envelope checked, and its `data` is passed through untouched.",
      " */",
      "export type UnknownWebhookEvent = WebhookEventEnvelope & { type: string & {}; data: unknown };",
      "",
      "/** What `verifyWebhook` returns: a documented event, or one of a type added since. */",
      "export type WebhookEvent = KnownWebhookEvent | UnknownWebhookEvent;",
      "",
      "/** The `data` schema of each documented event type, looked up by the event's `type`. */",
      "export const webhookEventDataSchemas: { readonly [T in KnownWebhookEventType]: v.GenericSchema<WebhookEventOfType<T>[\"data\"]> } = {",
      ...events.map((e) => `  ${q(e.type)}: ${e.dataIdent ?? this.schema(e.data, "  ")},`),
      "};",
      "",
      "/** The documented event types, sorted. */",
      "export const knownWebhookEventTypes: readonly KnownWebhookEventType[] = [",
      ...events.map((e) => `  ${q(e.type)},`),
      "];",
      "",
    );
    return out.join("\n");
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

  /** Normalize a component once; emission order puts it after everything it refers to. */
  private component(name: string): Node {
    const done = this.normalized.get(name);
    if (done) return done;
    if (!(name in this.schemas)) throw new Error(`webhooks spec: unknown schema ${name}`);
    const node = this.normalize(this.schemas[name]);
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
      if (name !== undefined) {
        this.component(name);
        return wrap({ kind: "ref", name });
      }
      return wrap(this.normalize(this.pointer(s.$ref)));
    }

    // Constraint-only branches (e.g. `anyOf: [{ required: [domain] }, { required: [domains] }]`)
    // restrict presence beyond the structure; the live API breaks them, so they are dropped.
    const shaped = (xs: any): any[] => (Array.isArray(xs) ? xs.filter(hasShape) : []);
    const allOf = shaped(s.allOf);
    const alternatives = [...shaped(s.oneOf), ...shaped(s.anyOf)];
    // A bare `type: object` next to `allOf`/`oneOf` says nothing the branches do not say.
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

    if (alternatives.length > 0 && !own) {
      const members = dedupe(alternatives.map((a) => stripNullable(this.normalize(a))));
      return wrap(members.length === 1 ? members[0]! : { kind: "union", members });
    }
    if (alternatives.length > 0 && own) {
      throw new Error("webhooks spec: oneOf/anyOf next to properties is not supported");
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

  private object(s: any): Node {
    const props = s.properties && typeof s.properties === "object" ? s.properties : {};
    const required = new Set<string>(Array.isArray(s.required) ? s.required : []);
    const add = s.additionalProperties;
    if (Object.keys(props).length === 0 && add && typeof add === "object") {
      return { kind: "record", values: this.normalize(add) };
    }
    const list: Prop[] = [];
    for (const [name, p] of Object.entries<any>(props)) {
      list.push(prop(name, this.normalize(p), required.has(name), p));
    }
    // A name listed as required but never described still has to be present; its type is open.
    for (const name of required) {
      if (!(name in props)) list.push({ name, node: { kind: "unknown" }, required: true });
    }
    return { kind: "object", props: list };
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
      case "ref": {
        if (this.order.includes(n.name)) return;
        if (this.visiting.has(n.name)) {
          throw new Error(`webhooks spec: schema ${n.name} refers to itself; cycles are not supported`);
        }
        this.visiting.add(n.name);
        this.collectRefs(this.component(n.name));
        this.visiting.delete(n.name);
        this.ident(n.name);
        this.order.push(n.name);
        return;
      }
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

  private readonly claimed = new Map<string, string>();

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
        return isSimpleType(inner) ? `${inner}[]` : `Array<${inner}>`;
      }
      case "record":
        return `{ [key: string]: ${this.type(n.values, indent)} }`;
      case "union":
        return n.members.map((m) => this.type(m, indent)).join(" | ");
      case "object": {
        if (n.props.length === 0) return "{ [key: string]: unknown }";
        const inner = indent + "  ";
        const lines = ["{"];
        for (const p of n.props) {
          lines.push(...docBlock(p.description, inner, p.deprecated === true));
          lines.push(`${inner}${key(p.name)}${p.required ? "" : "?"}: ${this.type(p.node, inner)};`);
        }
        lines.push(`${inner}[key: string]: unknown;`, `${indent}}`);
        return lines.join("\n");
      }
    }
  }

  private schema(n: Node, indent: string): string {
    switch (n.kind) {
      case "string":
        return "v.string()";
      case "number":
        return "v.number()";
      case "boolean":
        return "v.boolean()";
      case "unknown":
        return "v.unknown()";
      case "ref":
        return this.ident(n.name);
      case "nullable":
        return `v.nullable(${this.schema(n.inner, indent)})`;
      case "array":
        return `v.array(${this.schema(n.items, indent)})`;
      case "record":
        return `v.record(v.string(), ${this.schema(n.values, indent)})`;
      case "union":
        return `v.union([${n.members.map((m) => this.schema(m, indent)).join(", ")}])`;
      case "object": {
        if (n.props.length === 0) return "v.looseObject({})";
        const inner = indent + "  ";
        const lines = ["v.looseObject({"];
        for (const p of n.props) {
          const s = this.schema(p.node, inner);
          // exactOptional: JSON never holds `undefined`, and it keeps `k?: T` (not `T | undefined`)
          // under exactOptionalPropertyTypes.
          lines.push(`${inner}${key(p.name)}: ${p.required || p.node.kind === "unknown" ? s : `v.exactOptional(${s})`},`);
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

/** `user.created` → `UserCreated`; `verification_otp` → `VerificationOtp`; `SAMLAccount` stays. */
function pascal(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join("");
}

function q(s: string): string {
  return JSON.stringify(s);
}

function key(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : q(name);
}

function isSimpleType(t: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(t);
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
