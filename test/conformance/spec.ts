// The conformance suite's view of the spec: the pinned original (what requests must satisfy), the
// overlaid spec (what responses look like — what codegen/ generates from and what Prism serves),
// and the list of operations with their function names.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { functionName } from "../../codegen/names.ts";
import { applyOverlay } from "../../codegen/overlay.ts";
import { BAPI, loadSpec, ROOT, sharedOpenapiDir } from "../../codegen/spec.ts";
import { refName } from "../../codegen/schema.ts";

export const METHODS = ["get", "put", "post", "delete", "patch"] as const;

export interface SpecOp {
  /** The exported function name. */
  readonly name: string;
  readonly operationId: string;
  readonly method: (typeof METHODS)[number];
  readonly path: string;
  readonly deprecated: boolean;
  /** The operation object of the original spec. */
  readonly op: any;
  /** The same operation in the overlaid spec. */
  readonly overlaid: any;
}

export interface Specs {
  readonly original: any;
  readonly overlaid: any;
  /** What Prism serves: the overlaid spec with the sampler workaround (see `forPrism`). */
  readonly served: any;
  /** `served` written as JSON to a temp dir. */
  readonly servedFile: string;
  /** Where `forPrism` removed a constraint-only union, e.g. `SAMLConnection.anyOf`. */
  readonly workarounds: string[];
  readonly ops: SpecOp[];
  /** Where the function names came from. */
  readonly namesFrom: string;
  cleanup(): void;
}

const clone = <T>(x: T): T => structuredClone(x);

export async function loadSpecs(): Promise<Specs> {
  const original = await loadSpec(BAPI);
  const overlaid = clone(original);
  applyOverlay(overlaid, join(ROOT, "codegen", "overlay.yml"));
  const { served, workarounds } = forPrism(overlaid);
  const dir = mkdtempSync(join(tmpdir(), "clerk-fn-conformance-"));
  const servedFile = join(dir, "bapi-overlaid.json");
  writeFileSync(servedFile, JSON.stringify(served));

  // The list to check: ../shared/openapi/function-names.json in this workplace; on a fresh clone
  // (no ../shared) the names follow the same documented rule, computed from the spec.
  const shared = sharedOpenapiDir();
  const namesFile = shared ? join(shared, "function-names.json") : undefined;
  const byId = new Map<string, { method: string; path: string; op: any }>();
  for (const path of Object.keys(original.paths)) {
    for (const method of METHODS) {
      const op = original.paths[path][method];
      if (op) byId.set(op.operationId, { method, path, op });
    }
  }
  let listed: { name: string; rename?: string; operationId: string; method: string; path: string; deprecated: boolean }[];
  let namesFrom: string;
  if (namesFile && existsSync(namesFile)) {
    listed = (JSON.parse(readFileSync(namesFile, "utf8")) as { functions: typeof listed }).functions;
    namesFrom = "function-names.json";
  } else {
    listed = [...byId.values()].map(({ method, path, op }) => ({
      name: functionName(op),
      operationId: op.operationId,
      method: method.toUpperCase(),
      path,
      deprecated: !!op.deprecated,
    }));
    namesFrom = "the spec (function-names.json absent)";
  }
  const ops: SpecOp[] = listed.map((f) => {
    const found = byId.get(f.operationId);
    if (!found) throw new Error(`${f.name}: operation ${f.operationId} is not in the spec`);
    if (found.method.toUpperCase() !== f.method.toUpperCase() || found.path !== f.path) {
      throw new Error(`${f.name}: listed as ${f.method} ${f.path}, the spec has ${found.method} ${found.path}`);
    }
    return {
      // The names the SDK exports: `rename` where the listed name repeats the group in the verb.
      name: f.rename ?? f.name,
      operationId: f.operationId,
      method: found.method as SpecOp["method"],
      path: found.path,
      deprecated: !!found.op.deprecated,
      op: found.op,
      overlaid: overlaid.paths[found.path][found.method],
    };
  });
  return {
    original,
    overlaid,
    served,
    servedFile,
    workarounds,
    ops,
    namesFrom,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Is every member of this union a bare constraint (`{ required: [...] }`) saying nothing structural? */
const constraintOnly = (members: unknown): boolean =>
  Array.isArray(members) && members.length > 0 && members.every((m: any) => m && !m.$ref && !m.type && !m.properties && !m.items && !m.oneOf && !m.anyOf && !m.allOf);

/**
 * The overlaid spec as Prism serves it. One workaround for a limitation of Prism's static mode: its
 * sampler (@stoplight/json-schema-sampler, `traverse`) answers an object schema that has a union
 * beside its `properties` with a sample of the union's first member alone. For Clerk's
 * constraint-only unions (`SAMLConnection`: `anyOf: [{required: [domain]}, {required: [domains]}]`)
 * that sample is `{}` — a body the spec itself forbids (Prism reports every required property
 * missing), so no example of the spec is served at all for GET /users, /saml_connections, ….
 * Those unions carry no structure (codegen ignores them too), so on the response side only they are
 * dropped and Prism serves the property examples; the request side stays byte-identical (a test
 * checks), so requests are still validated against the original spec.
 */
function forPrism(overlaid: any): { served: any; workarounds: string[] } {
  const served = clone(overlaid);
  const fromRequests = new Set<string>();
  const collect = (node: any): void => {
    if (Array.isArray(node)) node.forEach(collect);
    else if (node && typeof node === "object") {
      if (typeof node.$ref === "string") {
        if (fromRequests.has(node.$ref)) return;
        fromRequests.add(node.$ref);
        collect(resolveRef(served, { $ref: node.$ref }));
      }
      for (const v of Object.values(node)) collect(v);
    }
  };
  for (const item of Object.values<any>(served.paths)) {
    for (const m of METHODS) if (item[m]) collect({ p: item[m].parameters, b: item[m].requestBody });
  }
  const workarounds: string[] = [];
  const seen = new Set<unknown>();
  const fix = (node: any, where: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => fix(n, `${where}[${i}]`));
    if (!node || typeof node !== "object" || seen.has(node)) return;
    seen.add(node);
    if (typeof node.$ref === "string") {
      if (!fromRequests.has(node.$ref)) fix(resolveRef(served, node), refName(node.$ref));
      return;
    }
    for (const key of ["anyOf", "oneOf"] as const) {
      if (node.properties && constraintOnly(node[key])) {
        delete node[key];
        workarounds.push(`${where}.${key}`);
      }
    }
    for (const [k, v] of Object.entries<any>(node)) if (k !== "example" && k !== "examples") fix(v, k === "properties" ? where : `${where}.${k}`);
  };
  for (const item of Object.values<any>(served.paths)) {
    for (const m of METHODS) if (item[m]) fix(item[m].responses, `${m.toUpperCase()} responses`);
  }
  return { served, workarounds: [...new Set(workarounds)].sort() };
}

export function resolveRef(spec: any, node: any): any {
  let n = node;
  for (let i = 0; n && typeof n === "object" && typeof n.$ref === "string" && i < 20; i++) {
    const parts = (n.$ref as string).replace(/^#\//, "").split("/");
    n = parts.reduce((o: any, k) => o?.[k.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  }
  return n;
}

export function parameters(spec: any, op: any): any[] {
  return (op.parameters ?? []).map((p: any) => resolveRef(spec, p));
}

/** Documented responses of an operation: status, JSON schema (if any). */
export function responses(spec: any, op: any): { status: number; schema: any; hasBody: boolean }[] {
  return Object.entries<any>(op.responses ?? {})
    .filter(([code]) => /^\d{3}$/.test(code))
    .map(([code, r]) => {
      const resolved = resolveRef(spec, r);
      const schema = resolved?.content?.["application/json"]?.schema;
      return { status: Number(code), schema, hasBody: !!resolved?.content && Object.keys(resolved.content).length > 0 };
    })
    .sort((a, b) => a.status - b.status);
}

/**
 * Everything on the request side of an operation, with every component it references inlined by
 * name (cycles cut), as one JSON string: equal strings mean Prism validates requests the same way.
 */
export function requestSide(spec: any, op: any): string {
  const components = new Map<string, unknown>();
  const walk = (node: any): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      if (typeof node.$ref === "string") {
        const key = node.$ref as string;
        if (components.has(key)) return;
        const target = resolveRef(spec, { $ref: key });
        components.set(key, target);
        walk(target);
      }
      for (const v of Object.values(node)) walk(v);
    }
  };
  const side = { parameters: op.parameters ?? [], requestBody: op.requestBody ?? null, security: op.security ?? null };
  walk(side);
  return JSON.stringify({ side, components: [...components].sort(([a], [b]) => a.localeCompare(b)), global: spec.security, schemes: spec.components?.securitySchemes });
}

export { refName };
