// Turns OpenAPI schemas into two things: a structural shape expression (src/core/shape.ts, for
// responses) and a TypeScript type expression (responses: open enums; requests: exact). Structural means JSON type,
// presence, nullability, array vs object — never pattern/format/length/closedness/exclusivity,
// because Clerk's own examples (and so the live API) break those rules.
import { cyclesOf } from "./graph.ts";
import { pascal, propKey } from "./names.ts";

export type Mode = "response" | "request";

export interface Ctx {
  /** Identifier → whether a value import (shape) is needed, besides the type. */
  readonly imports: Map<string, { value: boolean }>;
  /** The component this code is for, to make references inside a cycle lazy. */
  readonly owner?: string;
  /** Interfaces of src/core/augment.ts the code refers to (typed metadata). */
  readonly augment?: Set<string>;
}

export interface Components {
  readonly schemas: Record<string, any>;
  /** Pairs "A B" of components in the same reference cycle. */
  readonly cyclic: Set<string>;
  /** Component → metadata field → the augmentable interface that types it. */
  readonly metadata?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export const refName = (ref: string): string => ref.split("/").pop()!;

/** JSDoc-safe text. */
export function docText(text: string | undefined): string | undefined {
  if (!text) return undefined;
  return text.replace(/\*\//g, "*\\/").replace(/\r/g, "").trim();
}

export function jsdoc(lines: (string | undefined)[], indent: string): string {
  const body = lines.filter((l): l is string => l !== undefined && l !== "").join("\n\n");
  if (!body) return "";
  const split = body.split("\n");
  if (split.length === 1) return `${indent}/** ${split[0]} */\n`;
  return `${indent}/**\n${split.map((l) => `${indent} *${l ? " " + l : ""}`).join("\n")}\n${indent} */\n`;
}

/** Reference-cycle detection over components (Tarjan's SCC), so cyclic refs become `s.lazy`. */
export function findCycles(schemas: Record<string, any>): Set<string> {
  const edges = new Map<string, Set<string>>();
  for (const [name, schema] of Object.entries(schemas)) {
    const out = new Set<string>();
    const walk = (s: any): void => {
      if (Array.isArray(s)) s.forEach(walk);
      else if (s && typeof s === "object") {
        if (typeof s.$ref === "string") out.add(refName(s.$ref));
        for (const v of Object.values(s)) walk(v);
      }
    };
    walk(schema);
    edges.set(name, out);
  }
  const pairs = new Set<string>();
  for (const scc of cyclesOf(edges)) for (const a of scc) for (const b of scc) pairs.add(`${a} ${b}`);
  return pairs;
}

/** `allOf` with one member is a reference with extra flags; with several, a merged object. */
export function flatten(s: any, comps: Components): any {
  if (!s || typeof s !== "object" || !Array.isArray(s.allOf)) return s;
  const { allOf, ...rest } = s;
  if (allOf.length === 1) return { ...allOf[0], ...(rest.nullable ? { nullable: true } : {}), ...(rest.description ? { description: rest.description } : {}) };
  const properties: Record<string, any> = {};
  const required = new Set<string>(rest.required ?? []);
  for (const part of allOf) {
    const resolved = part.$ref ? flatten(comps.schemas[refName(part.$ref)], comps) : flatten(part, comps);
    Object.assign(properties, resolved.properties ?? {});
    for (const r of resolved.required ?? []) required.add(r);
  }
  Object.assign(properties, rest.properties ?? {});
  return { ...rest, type: "object", properties, required: [...required] };
}

/** A `oneOf`/`anyOf` whose members only add constraints (e.g. `required`) says nothing structural. */
function constraintOnly(members: any[]): boolean {
  return members.every((m) => m && !m.$ref && !m.type && !m.properties && !m.items && !m.oneOf && !m.anyOf && !m.allOf);
}

export function unionMembers(s: any): any[] | undefined {
  const members = s.oneOf ?? s.anyOf;
  if (!Array.isArray(members) || constraintOnly(members)) return undefined;
  return members;
}

function pad(n: number): string {
  return "  ".repeat(n);
}

function useImport(ctx: Ctx, id: string, value: boolean): void {
  const cur = ctx.imports.get(id);
  if (!cur) ctx.imports.set(id, { value });
  else if (value) cur.value = true;
}

/** The discriminator value each member of a oneOf carries (from the mapping or a one-value enum). */
export function tags(s: any, members: any[], comps: Components): [string, any][] | undefined {
  const key: string | undefined = s.discriminator?.propertyName;
  if (!key) return undefined;
  const mapping: Record<string, string> = s.discriminator.mapping ?? {};
  const out: [string, any][] = [];
  for (const m of members) {
    const target = m.$ref ? comps.schemas[refName(m.$ref)] : m;
    const byMap = Object.entries(mapping).find(([, ref]) => m.$ref && refName(ref) === refName(m.$ref))?.[0];
    const tag = byMap ?? target?.properties?.[key]?.enum?.[0];
    if (typeof tag !== "string") return undefined;
    out.push([tag, m]);
  }
  return out;
}

/**
 * Shape expression (src/core/shape.ts, imported as `s`) for a schema: leaves are constants
 * (`s.string`), the rest calls of the small constructors (`s.looseObject({ … })`).
 */
export function shapeExpr(input: any, comps: Components, ctx: Ctx, depth = 0, mode: Mode = "response"): string {
  const s = flatten(input, comps);
  const inner = shapeInner(s, comps, ctx, depth, mode);
  return s?.nullable ? `s.nullable(${inner})` : inner;
}

/** A constructor call marked pure (so a bundler drops it when unused); a name or a constant as it is. */
export function pure(expr: string): string {
  return /^[\w.]+$/.test(expr) ? expr : `/*#__PURE__*/ ${expr}`;
}

function shapeInner(s: any, comps: Components, ctx: Ctx, depth: number, mode: Mode): string {
  if (!s || typeof s !== "object") return "s.unknown";
  if (s.$ref) {
    const name = refName(s.$ref);
    const id = pascal(name);
    useImport(ctx, id, true);
    if (ctx.owner && comps.cyclic.has(`${ctx.owner} ${name}`)) return `s.lazy(() => ${id})`;
    return id;
  }
  const members = unionMembers(s);
  if (members) {
    const exprs = members.map((m) => shapeExpr(m, comps, ctx, depth, mode));
    if (exprs.length === 1) return exprs[0]!;
    const tagged = tags(s, members, comps);
    if (tagged) {
      useImport(ctx, "openVariant", true);
      const entries = tagged.map(([tag, m]) => `${JSON.stringify(tag)}: ${shapeExpr(m, comps, ctx, depth, mode)}`).join(", ");
      return `openVariant(${JSON.stringify(s.discriminator.propertyName)}, { ${entries} })`;
    }
    return `s.union([${exprs.join(", ")}])`;
  }
  const type = s.type ?? (s.properties ? "object" : undefined);
  switch (type) {
    case "string":
      // Response enums are open (a new value must not fail a call); request-only schemas are exact.
      if (mode === "request" && Array.isArray(s.enum) && s.enum.length) return `s.picklist(${JSON.stringify(s.enum)})`;
      return "s.string";
    case "integer":
    case "number":
      return "s.number";
    case "boolean":
      return "s.boolean";
    case "array":
      return `s.array(${shapeExpr(s.items, comps, ctx, depth, mode)})`;
    case "object": {
      const props = Object.entries<any>(s.properties ?? {});
      if (!props.length) {
        const ap = s.additionalProperties;
        if (ap && typeof ap === "object" && Object.keys(ap).length) return `s.record(${shapeExpr(ap, comps, ctx, depth, mode)})`;
        return "s.looseObject({})";
      }
      const required = new Set<string>(s.required ?? []);
      const lines = props.map(([key, p]) => {
        const e = shapeExpr(p, comps, ctx, depth + 1, mode);
        return `${pad(depth + 1)}${propKey(key)}: ${required.has(key) ? e : `s.exactOptional(${e})`},`;
      });
      return `s.looseObject({\n${lines.join("\n")}\n${pad(depth)}})`;
    }
    default:
      return "s.unknown";
  }
}

/** TypeScript type expression. Responses get open enums; requests get the spec's exact enums. */
export function tExpr(input: any, comps: Components, ctx: Ctx, mode: Mode, depth = 0): string {
  const s = flatten(input, comps);
  const inner = tInner(s, comps, ctx, mode, depth);
  return s?.nullable && inner !== "unknown" ? `${inner} | null` : inner;
}

function paren(t: string): string {
  return /[|&]/.test(t) && !t.startsWith("{") ? `(${t})` : t;
}

function tInner(s: any, comps: Components, ctx: Ctx, mode: Mode, depth: number): string {
  if (!s || typeof s !== "object") return "unknown";
  if (s.$ref) {
    const id = pascal(refName(s.$ref));
    useImport(ctx, id, false);
    return id;
  }
  const members = unionMembers(s);
  if (members) return members.map((m) => paren(tExpr(m, comps, ctx, mode, depth))).join(" | ");
  const type = s.type ?? (s.properties ? "object" : undefined);
  switch (type) {
    case "string": {
      if (Array.isArray(s.enum) && s.enum.length) {
        const lits = s.enum.filter((e: unknown) => typeof e === "string").map((e: string) => JSON.stringify(e));
        return mode === "response" ? [...lits, "(string & {})"].join(" | ") : lits.join(" | ");
      }
      return "string";
    }
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array":
      return `${paren(tExpr(s.items, comps, ctx, mode, depth))}[]`;
    case "object": {
      const props = Object.entries<any>(s.properties ?? {});
      if (!props.length) {
        const ap = s.additionalProperties;
        if (ap && typeof ap === "object" && Object.keys(ap).length) return `Record<string, ${tExpr(ap, comps, ctx, mode, depth)}>`;
        return "Record<string, unknown>";
      }
      return `{\n${objectMembers(s, comps, ctx, mode, depth + 1)}${pad(depth)}}`;
    }
    default:
      return "unknown";
  }
}

/** The members of an object type, one per line with their JSDoc. */
export function objectMembers(input: any, comps: Components, ctx: Ctx, mode: Mode, depth: number): string {
  const s = flatten(input, comps);
  const required = new Set<string>(s.required ?? []);
  let out = "";
  for (const [key, p] of Object.entries<any>(s.properties ?? {})) {
    const doc = docText(p.description ?? (p.allOf?.length === 1 ? p.description : undefined));
    out += jsdoc([doc, p.deprecated ? "@deprecated" : undefined], pad(depth));
    const opt = required.has(key) ? "" : "?";
    // Typed metadata: users declare its keys by augmenting the interface (src/core/augment.ts).
    const augmented = depth === 1 && ctx.owner && ctx.augment ? comps.metadata?.[ctx.owner]?.[key] : undefined;
    if (augmented) ctx.augment!.add(augmented);
    const t = augmented ? `${augmented}${flatten(p, comps)?.nullable ? " | null" : ""}` : tExpr(p, comps, ctx, mode, depth);
    out += `${pad(depth)}${propKey(key)}${opt}: ${t};\n`;
  }
  return out;
}

/** Is this (flattened) schema an object with listed properties? */
export function objectProps(input: any, comps: Components): { props: Record<string, any>; required: Set<string> } | undefined {
  const s = input?.$ref ? flatten(comps.schemas[refName(input.$ref)], comps) : flatten(input, comps);
  if (!s || (s.type !== "object" && !s.properties) || !s.properties) return undefined;
  return { props: s.properties, required: new Set(s.required ?? []) };
}

/** The request field code (see src/core/encoding.ts) of a parameter or body field schema. */
export function fieldCode(input: any, comps: Components, required: boolean, explode = true): string {
  const s0 = input?.$ref ? { ...comps.schemas[refName(input.$ref)], nullable: input.nullable } : input;
  const s = flatten(s0, comps);
  const t = s?.$ref ? flatten(comps.schemas[refName(s.$ref)], comps) : s;
  let code = "x";
  const type = t?.type ?? (t?.properties ? "object" : undefined);
  if (type === "string") code = t.format === "binary" ? "f" : "s";
  else if (type === "integer") code = "i";
  else if (type === "number") code = "n";
  else if (type === "boolean") code = "b";
  else if (type === "object") code = "o";
  else if (type === "array") {
    const it = t.items?.$ref ? comps.schemas[refName(t.items.$ref)] : t.items;
    code = it?.type === "string" ? (explode ? "s[]" : "s[],") : "a";
  }
  return code + (required ? "!" : "") + (s?.nullable || s0?.nullable ? "?" : "");
}

/**
 * The emptiest JSON value a response schema accepts (what the emulator answers for operations it
 * does not model): required fields with the empty value of their type, nullable ones null,
 * optional ones left out, the first variant of a union (with its tag).
 */
export function emptyValue(input: any, comps: Components, seen: readonly string[] = []): unknown {
  const s = flatten(input, comps);
  if (!s || typeof s !== "object" || s.nullable) return null;
  if (s.$ref) {
    const name = refName(s.$ref);
    if (seen.includes(name)) throw new Error(`emptyValue: ${name} requires itself`);
    return emptyValue(comps.schemas[name], comps, [...seen, name]);
  }
  const members = unionMembers(s);
  if (members) {
    const tagged = tags(s, members, comps);
    const first = emptyValue(members[0], comps, seen);
    if (tagged && first && typeof first === "object") (first as Record<string, unknown>)[s.discriminator.propertyName] = tagged[0]![0];
    return first;
  }
  switch (s.type ?? (s.properties ? "object" : undefined)) {
    case "string":
      return "";
    case "integer":
    case "number":
      return 0;
    case "boolean":
      return false;
    case "array":
      return [];
    case "object": {
      const out: Record<string, unknown> = {};
      const required = new Set<string>(s.required ?? []);
      for (const [key, p] of Object.entries<any>(s.properties ?? {})) if (required.has(key)) out[key] = emptyValue(p, comps, seen);
      return out;
    }
    default:
      return null;
  }
}
