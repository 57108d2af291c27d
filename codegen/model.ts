// The generator's model of the Backend API: the (overlaid) spec normalized once into operations
// with typed field codes, and component schemas with their SDK names. Every emitter (models, funcs,
// indexes, docs, the operations table) reads this, never the raw spec's paths, so a fact about an
// operation is worked out in one place.
import { checkFacts, type Facts } from "./facts.ts";
import { fileName, functionName, pascal } from "./names.ts";
import { fieldCode, findCycles, objectProps, refName, type Components } from "./schema.ts";

export const METHODS = ["get", "put", "post", "delete", "patch"] as const;

export type FieldIn = "path" | "query" | "body";

export interface FieldModel {
  readonly name: string;
  readonly in: FieldIn;
  /** The request field code (src/core/encoding.ts): type letter, `!` required, `?` nullable. */
  readonly code: string;
  readonly required: boolean;
  readonly schema: any;
  readonly description: string | undefined;
  readonly deprecated: boolean;
  /** The fields `order_by` accepts (codegen/facts.yml), when known. */
  readonly orderBy?: readonly string[];
}

export interface ResponseModel {
  /** `json`: a JSON body; `text`: a text answer; `none`: no body. */
  readonly kind: "json" | "text" | "none";
  /** The first documented 2xx status. */
  readonly status: number;
  readonly schema: any;
  /** The schema is declared in the operation (not a component): the funcs file names its type. */
  readonly inline: boolean;
  /** Set when the inline schema was hoisted into a shared model (see `hoistSharedResponses`): its type name. */
  readonly shared?: string;
}

export interface OperationModel {
  readonly id: string;
  readonly name: string;
  readonly method: string;
  readonly path: string;
  readonly summary: string | undefined;
  readonly description: string | undefined;
  readonly deprecated: boolean;
  /** Path, query and body fields in spec order (a `whole` body is one field named `body`). */
  readonly fields: readonly FieldModel[];
  /** `whole`: the `body` key is the JSON body; `multipart`: an upload. */
  readonly bodyKind: "json" | "multipart" | "whole" | undefined;
  /** The body's fields collide with path/query names (so it goes under `body`). */
  readonly bodyCollides: boolean;
  readonly response: ResponseModel;
  /** Documented 4xx/5xx statuses. */
  readonly statuses: readonly number[];
  /** How it pages with `limit`/`offset`: a bare array or the `{ data, total_count }` envelope. */
  readonly page: "array" | "envelope" | undefined;
  /** Takes the `paginated` query flag (then answers the envelope). */
  readonly paginated: boolean;
  /** Authenticates with the machine secret key when the core has one. */
  readonly machineAuth: boolean;
  /** Needs no secret key (`security: []`). */
  readonly public: boolean;
}

export interface SchemaModel {
  /** The component's key in the (renamed) spec, the one `$ref`s use. */
  readonly name: string;
  /** The component's name in the spec as published (before codegen/facts.yml renames). */
  readonly specName: string;
  /** The TS identifier of its type and schema const. */
  readonly typeName: string;
  /** The module under src/models, without `.ts`. */
  readonly file: string;
  readonly schema: any;
  /** Reachable from a response (open enums) or request-only (exact enums). */
  readonly mode: "response" | "request";
  /**
   * Set for a model the generator made, not the spec: the operationIds whose identical inline
   * success schema it declares once (see `hoistSharedResponses`).
   */
  readonly sharedBy?: readonly string[];
}

export interface ApiModel {
  readonly operations: readonly OperationModel[];
  readonly schemas: readonly SchemaModel[];
  readonly comps: Components;
  readonly facts: Facts;
}

/** The type name and model module of a spec component (renamed by codegen/facts.yml where it says so). */
export function schemaNames(specName: string, facts: Facts): { typeName: string; file: string } {
  const typeName = pascal(facts.schemaNames[specName] ?? specName);
  return { typeName, file: fileName(typeName) };
}

/** Renames components in place (keys and every `$ref`), e.g. `CommercePlan-2` → `CommercePlanWithAmounts`. */
function renameSchemas(spec: any, names: Readonly<Record<string, string>>): void {
  const schemas = spec.components.schemas;
  for (const [from, to] of Object.entries(names)) {
    if (to in schemas) throw new Error(`codegen/facts.yml: ${from} → ${to} collides with an existing schema`);
    schemas[to] = schemas[from];
    delete schemas[from];
  }
  const walk = (s: any): void => {
    if (Array.isArray(s)) s.forEach(walk);
    else if (s && typeof s === "object") {
      if (typeof s.$ref === "string" && s.$ref.startsWith("#/components/schemas/")) {
        const to = names[refName(s.$ref)];
        if (to) s.$ref = `#/components/schemas/${to}`;
      }
      for (const v of Object.values(s)) walk(v);
    }
  };
  walk(spec);
}

const resolveResponse = (spec: any, r: any): any => (r?.$ref ? spec.components.responses[refName(r.$ref)] : r);
const resolveParam = (spec: any, p: any): any => (p?.$ref ? spec.components.parameters[refName(p.$ref)] : p);

/** Which components are reachable from responses (they get open, response-style types). */
function responseComponents(spec: any): Set<string> {
  const seen = new Set<string>();
  const walk = (s: any): void => {
    if (Array.isArray(s)) s.forEach(walk);
    else if (s && typeof s === "object") {
      if (typeof s.$ref === "string" && s.$ref.startsWith("#/components/schemas/")) {
        const n = refName(s.$ref);
        if (seen.has(n)) return;
        seen.add(n);
        walk(spec.components.schemas[n]);
      }
      for (const v of Object.values(s)) walk(v);
    }
  };
  for (const item of Object.values<any>(spec.paths)) {
    for (const m of METHODS) if (item[m]) for (const r of Object.values(item[m].responses ?? {})) walk(resolveResponse(spec, r));
  }
  return seen;
}

/** Fails on two names that would collide (also on case-insensitive file systems). */
function assertUnique(what: string, names: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const n of names) {
    const k = n.toLowerCase();
    const prior = seen.get(k);
    if (prior !== undefined) throw new Error(`two ${what} get the same name: ${prior} and ${n}`);
    seen.set(k, n);
  }
}

/** Normalize the overlaid spec (mutated: renamed components) into the model. */
export function buildModel(spec: any, facts: Facts): ApiModel {
  const operationIds = new Set<string>();
  for (const item of Object.values<any>(spec.paths)) for (const m of METHODS) if (item[m]) operationIds.add(item[m].operationId);
  checkFacts(facts, operationIds, new Set(Object.keys(spec.components.schemas)));
  renameSchemas(spec, facts.schemaNames);
  const original = new Map(Object.entries(facts.schemaNames).map(([from, to]) => [to, from]));

  const schemas: Record<string, any> = spec.components.schemas;
  const comps: Components = { schemas, cyclic: findCycles(schemas), metadata: facts.metadata };
  const inResponses = responseComponents(spec);
  const models: SchemaModel[] = Object.keys(schemas)
    .sort()
    .map((name) => {
      const specName = original.get(name) ?? name;
      return { name, specName, ...schemaNames(specName, facts), schema: schemas[name], mode: inResponses.has(name) ? "response" : "request" };
    });
  assertUnique("schemas", models.map((m) => m.file));

  const operations: OperationModel[] = [];
  for (const path of Object.keys(spec.paths)) {
    for (const method of METHODS) {
      const op = spec.paths[path][method];
      if (op) operations.push(operation(spec, comps, facts, path, method, op));
    }
  }
  operations.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  assertUnique("operations", operations.map((o) => o.name));
  const hoisted = hoistSharedResponses(operations, schemas, models);
  const all = [...models, ...hoisted.models].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  assertUnique("schemas", all.map((m) => m.file));
  return { operations: referToModels(hoisted.operations, all), schemas: all, comps, facts };
}

/**
 * One fact once, inside answers too: an object schema written inline in an operation's answer
 * that is identical to a model (a component, or a hoisted answer) becomes a reference to it —
 * e.g. the items of `apiKeysList`'s page are the `ApiKey` model. A whole answer identical to a
 * model is answered as that model (its function keeps `<Name>Response` as an alias).
 */
function referToModels(operations: readonly OperationModel[], models: readonly SchemaModel[]): OperationModel[] {
  const byShape = new Map<string, string>();
  for (const m of models) if (m.schema?.properties) byShape.set(canonicalJson(m.schema), m.typeName);
  const refer = (node: any): any => {
    if (Array.isArray(node)) return node.map(refer);
    if (!node || typeof node !== "object") return node;
    const model = node.properties ? byShape.get(canonicalJson(node)) : undefined;
    if (model) return { $ref: `#/components/schemas/${model}` };
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === "example" || k === "examples" ? v : refer(v)]));
  };
  return operations.map((o) => {
    if (o.response.kind !== "json" || !o.response.inline) return o;
    const whole = o.response.schema?.properties ? byShape.get(canonicalJson(o.response.schema)) : undefined;
    if (whole) return { ...o, response: { ...o.response, schema: { $ref: `#/components/schemas/${whole}` }, inline: false, shared: whole } };
    const schema = refer(o.response.schema);
    return canonicalJson(schema) === canonicalJson(o.response.schema) ? o : { ...o, response: { ...o.response, schema } };
  });
}

/** JSON with object keys sorted: two schemas are the same fact when these strings are equal. */
export function canonicalJson(v: unknown): string {
  const sort = (x: unknown): unknown =>
    Array.isArray(x) ? x.map(sort) : x && typeof x === "object" ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, sort((x as Record<string, unknown>)[k])])) : x;
  return JSON.stringify(sort(v));
}

/**
 * The name of a model hoisted from identical inline responses: the shared object's `object`
 * value when it has exactly one (`api_key` → `ApiKey`), else the first operation's function name
 * + `Response` (`usersDeleteBackupCodes` → `UsersDeleteBackupCodesResponse`). A name already
 * taken (by a component or an earlier hoisted model, case-insensitively) falls back the same way.
 */
export function sharedResponseName(schema: any, firstOperation: string, taken: ReadonlySet<string>): { typeName: string; file: string } {
  const object = schema?.properties?.object;
  const tag = Array.isArray(object?.enum) && object.enum.length === 1 ? object.enum[0] : object?.const;
  const candidates = [typeof tag === "string" ? pascal(tag) : undefined, pascal(`${firstOperation}Response`)];
  for (const typeName of candidates) {
    if (!typeName) continue;
    const file = fileName(typeName);
    if (!taken.has(typeName.toLowerCase()) && !taken.has(file.toLowerCase())) return { typeName, file };
  }
  throw new Error(`the shared response of ${firstOperation} has no free name (tried ${candidates.filter(Boolean).join(", ")})`);
}

/**
 * One fact once: an inline success schema that 2+ operations declare identically (the spec
 * repeats it in each) becomes one component (added to `schemas`, so `$ref`s resolve) and one
 * model module; those operations then answer a `$ref` to it like any component answer.
 * Operations come in name order, so the groups, their names and the output are deterministic.
 */
function hoistSharedResponses(
  operations: readonly OperationModel[],
  schemas: Record<string, any>,
  models: readonly SchemaModel[],
): { operations: OperationModel[]; models: SchemaModel[] } {
  const groups = new Map<string, OperationModel[]>();
  for (const o of operations) {
    if (o.response.kind !== "json" || !o.response.inline) continue;
    const key = canonicalJson(o.response.schema);
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  const taken = new Set(models.flatMap((m) => [m.typeName.toLowerCase(), m.file.toLowerCase(), m.name.toLowerCase()]));
  const refOf = new Map<string, string>();
  const hoisted: SchemaModel[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const schema = group[0]!.response.schema;
    const { typeName, file } = sharedResponseName(schema, group[0]!.name, taken);
    for (const n of [typeName, file]) taken.add(n.toLowerCase());
    schemas[typeName] = schema;
    hoisted.push({ name: typeName, specName: typeName, typeName, file, schema, mode: "response", sharedBy: group.map((o) => o.id) });
    for (const o of group) refOf.set(o.id, typeName);
  }
  const out = operations.map((o) => {
    const to = refOf.get(o.id);
    return to ? { ...o, response: { ...o.response, schema: { $ref: `#/components/schemas/${to}` }, inline: false, shared: to } } : o;
  });
  return { operations: out, models: hoisted };
}

function operation(spec: any, comps: Components, facts: Facts, path: string, method: string, op: any): OperationModel {
  const fields: FieldModel[] = [];
  for (const raw of op.parameters ?? []) {
    const p = resolveParam(spec, raw);
    if (p.in !== "path" && p.in !== "query") continue;
    const required = p.in === "path" || !!p.required;
    const orderBy = p.name === "order_by" ? facts.orderBy[op.operationId] : undefined;
    fields.push({
      name: p.name,
      in: p.in,
      code: p.in === "path" ? "s!" : fieldCode(p.schema, comps, !!p.required, p.explode !== false),
      required,
      schema: p.schema,
      description: p.description,
      deprecated: !!p.deprecated,
      ...(orderBy ? { orderBy } : {}),
    });
  }
  const paramNames = fields.map((f) => f.name);

  // Body: fields side by side with path/query keys, or the whole body under `body`.
  let bodyKind: OperationModel["bodyKind"];
  let bodyCollides = false;
  const content = op.requestBody?.content ?? {};
  const mediaType = Object.keys(content)[0];
  if (mediaType) {
    const bodySchema = content[mediaType].schema;
    const bodyRequired = !!op.requestBody.required;
    const props = objectProps(bodySchema, comps);
    bodyCollides = !!props && Object.keys(props.props).some((k) => paramNames.includes(k) || k === "body");
    if (props && !bodyCollides) {
      bodyKind = mediaType.startsWith("multipart/") ? "multipart" : "json";
      for (const [key, p] of Object.entries<any>(props.props)) {
        const required = props.required.has(key);
        fields.push({ name: key, in: "body", code: fieldCode(p, comps, required), required, schema: p, description: p.description, deprecated: !!p.deprecated });
      }
    } else {
      bodyKind = "whole";
      fields.push({ name: "body", in: "body", code: fieldCode(bodySchema, comps, bodyRequired), required: bodyRequired, schema: bodySchema, description: undefined, deprecated: false });
    }
  }

  // Success response: the first 2xx.
  const codes = Object.keys(op.responses ?? {}).sort();
  const successCode = codes.find((c) => c.startsWith("2"));
  const success = successCode ? resolveResponse(spec, op.responses[successCode]) : undefined;
  const successSchema = success?.content?.["application/json"]?.schema;
  const response: ResponseModel = successSchema
    ? { kind: "json", status: Number(successCode), schema: successSchema, inline: !successSchema.$ref && !!(successSchema.properties || successSchema.anyOf || successSchema.oneOf || successSchema.allOf) }
    : { kind: successCode === "200" ? "text" : "none", status: Number(successCode ?? 204), schema: undefined, inline: false };

  let page: OperationModel["page"];
  const query = fields.filter((f) => f.in === "query").map((f) => f.name);
  if (successSchema && query.includes("limit") && query.includes("offset")) {
    const flat = successSchema.$ref ? comps.schemas[refName(successSchema.$ref)] : successSchema;
    if (flat?.type === "array") page = "array";
    else if (flat?.properties?.data && flat?.properties?.total_count) page = "envelope";
  }

  return {
    id: op.operationId,
    name: functionName(op),
    method: method.toUpperCase(),
    path,
    summary: op.summary,
    description: op.description,
    deprecated: !!op.deprecated,
    fields,
    bodyKind,
    bodyCollides,
    response,
    statuses: codes.filter((c) => /^[45]\d\d$/.test(c)).map(Number),
    page,
    paginated: query.includes("paginated"),
    machineAuth: facts.machineAuth.has(op.operationId),
    public: Array.isArray(op.security) && op.security.length === 0,
  };
}
