// Builds every generated file from the (overlaid) spec: src/models/*, src/funcs/*, docs/FUNCTIONS.md.
// Pure: spec in, { path, content }[] out, in a stable order, so output is deterministic.
import {
  docText,
  fieldCode,
  fileName,
  findCycles,
  ident,
  jsdoc,
  objectMembers,
  objectProps,
  refName,
  tExpr,
  vExpr,
  type Components,
  type Ctx,
} from "./schema.ts";

export interface OutFile {
  readonly path: string;
  readonly content: string;
}

const SPEC = "bapi-2026-05-12.yml";
const METHODS = ["get", "put", "post", "delete", "patch"] as const;

const lowerFirst = (s: string): string => s[0]!.toLowerCase() + s.slice(1);
const upperFirst = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
/** camelCase of words; an all-caps first word (an acronym like "API") is lowered whole. */
const camel = (s: string): string =>
  s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w, i) => (i === 0 ? (w === w.toUpperCase() ? w.toLowerCase() : lowerFirst(w)) : upperFirst(w)))
    .join("");

/** `<group><NameOverride>`, or `<tag><operationId>` for operations without the extensions. */
export function functionName(op: any): string {
  if (op["x-speakeasy-group"] && op["x-speakeasy-name-override"]) {
    return camel(op["x-speakeasy-group"]) + upperFirst(op["x-speakeasy-name-override"]);
  }
  return camel(op.tags?.[0] ?? "misc") + upperFirst(op.operationId);
}

export interface OpInfo {
  readonly name: string;
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly deprecated: boolean;
  readonly summary: string | undefined;
  readonly requestKeys: string[];
  readonly bodyUnderKey: boolean;
  readonly success: string;
  readonly statuses: number[];
  readonly page: string | undefined;
}

function importLines(ctx: Ctx, from: (id: string) => string, self?: string): string {
  const lines: string[] = [];
  for (const [id, { value }] of [...ctx.imports].sort(([a], [b]) => a.localeCompare(b))) {
    if (id === self) continue;
    if (id === "openVariant") lines.push(`import { openVariant } from "${from("openVariant")}";`);
    else lines.push(value ? `import { ${id} } from "${from(id)}";` : `import type { ${id} } from "${from(id)}";`);
  }
  return lines.join("\n");
}

function resolveResponse(spec: any, r: any): any {
  return r?.$ref ? spec.components.responses[refName(r.$ref)] : r;
}

function resolveParam(spec: any, p: any): any {
  return p?.$ref ? spec.components.parameters[refName(p.$ref)] : p;
}

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

export function generate(spec: any): { files: OutFile[]; ops: OpInfo[] } {
  const schemas: Record<string, any> = spec.components.schemas;
  const comps: Components = { schemas, cyclic: findCycles(schemas) };
  const inResponses = responseComponents(spec);
  const files: OutFile[] = [];
  const modelPath = (id: string): string => `../models/${lowerFirst(id)}.js`;

  // ---- models: one file per component schema
  for (const name of Object.keys(schemas).sort()) {
    const schema = schemas[name];
    const id = ident(name);
    const ctx: Ctx = { imports: new Map(), owner: name };
    const mode = inResponses.has(name) ? "response" : "request";
    const doc = jsdoc([docText(schema.description) ?? `The \`${name}\` object of the Backend API.`], "");
    const props = objectProps(schema, comps);
    const typeDecl =
      props && !schema.oneOf && !schema.anyOf && !schema.nullable
        ? `${doc}export interface ${id} {\n${objectMembers(schema, comps, ctx, mode, 1)}}\n`
        : `${doc}export type ${id} = ${tExpr(schema, comps, ctx, mode)};\n`;
    const schemaExpr = vExpr(schema, comps, ctx, 0, mode);
    const imports = importLines(ctx, (i) => (i === "openVariant" ? "../core/schemas.js" : `./${lowerFirst(i)}.js`), id);
    const content =
      `// Generated from ${SPEC} (components/schemas/${name}). Do not edit: change codegen/ instead.\n` +
      `import * as v from "valibot";\n` +
      (imports ? imports + "\n" : "") +
      `\n${typeDecl}\n` +
      `/** Structural schema of {@link ${id}}: types, presence and nullability; unknown keys kept. */\n` +
      `export const ${id}: v.GenericSchema<unknown, ${id}> = /*#__PURE__*/ ${schemaExpr};\n`;
    files.push({ path: `src/models/${fileName(name)}.ts`, content });
  }

  // ---- funcs: one file per operation
  const ops: OpInfo[] = [];
  for (const path of Object.keys(spec.paths)) {
    const item = spec.paths[path];
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const built = funcFile(spec, comps, path, method, op, modelPath);
      files.push(built.file);
      ops.push(built.info);
    }
  }
  ops.sort((a, b) => a.name.localeCompare(b.name));
  const index =
    `// Generated from ${SPEC}. Do not edit: change codegen/ instead.\n` +
    `// Named re-exports of every operation. Prefer deep imports (clerk-fn/funcs/<name>) in apps\n` +
    `// that bundle without tree-shaking; with it, this index costs nothing extra.\n` +
    ops.map((o) => `export { ${o.name} } from "./${o.name}.js";`).join("\n") +
    "\n";
  files.push({ path: "src/funcs/index.ts", content: index });
  files.push({
    path: "src/index.ts",
    content:
      `// Generated from ${SPEC}. Do not edit: change codegen/ instead.\n` +
      `// The package root: the core API and every operation by name. Bundlers keep only what an app\n` +
      `// imports ("sideEffects": false); deep imports (clerk-fn/funcs/<name>) work the same.\n` +
      `export {\n  ClerkCore,\n  API_VERSION,\n  SERVER_URL,\n  ok,\n  err,\n  unwrap,\n  paginate,\n  paginateItems,\n` +
      `  ClerkFnError,\n  APIError,\n  ConnectionError,\n  TimeoutError,\n  AbortedError,\n  ResponseValidationError,\n  InvalidRequestError,\n  HookError,\n} from "./core/index.js";\n` +
      `export type {\n  ClerkCoreOptions,\n  CallOptions,\n  RetryOptions,\n  Hooks,\n  HookContext,\n  Logger,\n  HttpMethod,\n  Result,\n  Ok,\n  Err,\n  ErrorKind,\n  ClerkAPIErrorItem,\n  Issue,\n  IssuePath,\n  TransportError,\n  CallError,\n  AnyClerkError,\n  ListValue,\n  ItemOf,\n  PageRequest,\n  ListFunction,\n  EmptyRequest,\n} from "./core/index.js";\n` +
      ops.map((o) => `export { ${o.name} } from "./funcs/${o.name}.js";`).join("\n") +
      "\n",
  });
  files.push({ path: "docs/FUNCTIONS.md", content: docsFile(ops) });
  files.sort((a, b) => a.path.localeCompare(b.path));
  return { files, ops };
}

function funcFile(
  spec: any,
  comps: Components,
  path: string,
  method: string,
  op: any,
  modelPath: (id: string) => string,
): { file: OutFile; info: OpInfo } {
  const name = functionName(op);
  const Name = upperFirst(name);
  const ctx: Ctx = { imports: new Map() };
  const members: string[] = [];
  const requestKeys: string[] = [];
  const pathParams: string[] = [];
  const query: [string, string][] = [];
  let hasRequired = false;

  for (const raw of op.parameters ?? []) {
    const p = resolveParam(spec, raw);
    if (p.in === "header" || p.in === "cookie") continue;
    const required = p.in === "path" || !!p.required;
    hasRequired ||= required;
    requestKeys.push(p.name);
    const t = tExpr(p.schema, comps, ctx, "request", 1);
    members.push(
      jsdoc([docText(p.description), p.deprecated ? "@deprecated" : undefined], "  ") +
        `  ${JSON.stringify(p.name).slice(1, -1) === p.name && /^[A-Za-z_$][\w$]*$/.test(p.name) ? p.name : JSON.stringify(p.name)}${required ? "" : "?"}: ${t};\n`,
    );
    if (p.in === "path") pathParams.push(p.name);
    else query.push([p.name, fieldCode(p.schema, comps, !!p.required, p.explode !== false)]);
  }

  // Body: fields side by side with path/query keys, or the whole body under `body`.
  let bodyKind: "json" | "multipart" | "whole" | undefined;
  let bodyFields: [string, string][] = [];
  let bodyUnderKey = false;
  const content = op.requestBody?.content ?? {};
  const mediaType = Object.keys(content)[0];
  if (mediaType) {
    const bodySchema = content[mediaType].schema;
    const bodyRequired = !!op.requestBody.required;
    const props = objectProps(bodySchema, comps);
    const collides = props && Object.keys(props.props).some((k) => requestKeys.includes(k) || k === "body");
    if (props && !collides) {
      bodyKind = mediaType.startsWith("multipart/") ? "multipart" : "json";
      for (const [key, p] of Object.entries<any>(props.props)) {
        const required = props.required.has(key);
        hasRequired ||= required;
        requestKeys.push(key);
        const code = fieldCode(p, comps, required);
        bodyFields.push([key, code]);
        const t = code.startsWith("f") ? "Blob" : tExpr(p, comps, ctx, "request", 1);
        members.push(
          jsdoc([docText(p.description), p.deprecated ? "@deprecated" : undefined], "  ") +
            `  ${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}${required ? "" : "?"}: ${t};\n`,
        );
      }
    } else {
      bodyKind = "whole";
      bodyUnderKey = true;
      hasRequired ||= bodyRequired;
      requestKeys.push("body");
      bodyFields = [["body", fieldCode(bodySchema, comps, bodyRequired)]];
      members.push(`  /** The request body${collides ? " (its fields collide with path or query names)" : ""}. */\n  body${bodyRequired ? "" : "?"}: ${tExpr(bodySchema, comps, ctx, "request", 1)};\n`);
    }
  }

  // Success response: the first 2xx.
  const codes = Object.keys(op.responses ?? {}).sort();
  const successCode = codes.find((c) => c.startsWith("2"));
  const success = successCode ? resolveResponse(spec, op.responses[successCode]) : undefined;
  const successSchema = success?.content?.["application/json"]?.schema;
  const statuses = codes.filter((c) => /^[45]\d\d$/.test(c)).map(Number);
  let valueType = "undefined";
  let responseExpr: string | undefined;
  let extraTypes = "";
  if (successSchema) {
    const respCtx: Ctx = { imports: ctx.imports };
    const isInlineObject = !successSchema.$ref && (successSchema.properties || successSchema.anyOf || successSchema.oneOf || successSchema.allOf);
    if (isInlineObject) {
      valueType = `${Name}Response`;
      const props = objectProps(successSchema, comps);
      extraTypes =
        jsdoc([`What {@link ${name}} returns.`], "") +
        (props && !successSchema.anyOf && !successSchema.oneOf
          ? `export interface ${valueType} {\n${objectMembers(successSchema, comps, respCtx, "response", 1)}}\n\n`
          : `export type ${valueType} = ${tExpr(successSchema, comps, respCtx, "response")};\n\n`);
    } else {
      valueType = tExpr(successSchema, comps, respCtx, "response");
    }
    responseExpr = vExpr(successSchema, comps, respCtx, 1);
  } else if (successCode === "200") {
    valueType = "string";
    responseExpr = '"text"';
  }

  let page: string | undefined;
  const queryNames = query.map(([n]) => n);
  if (successSchema && queryNames.includes("limit") && queryNames.includes("offset")) {
    const flat = successSchema.$ref ? comps.schemas[refName(successSchema.$ref)] : successSchema;
    if (flat?.type === "array") page = "array";
    else if (flat?.properties?.data && flat?.properties?.total_count) page = "envelope";
  }

  const opLines = [
    `  id: ${JSON.stringify(op.operationId)},`,
    `  method: "${method.toUpperCase()}",`,
    `  path: ${JSON.stringify(path)},`,
  ];
  if (query.length) opLines.push(`  query: { ${query.map(([k, c]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: "${c}"`).join(", ")} },`);
  if (bodyFields.length) opLines.push(`  body: { ${bodyFields.map(([k, c]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: "${c}"`).join(", ")} },`);
  if (bodyKind === "whole") opLines.push(`  bodyKind: "whole",`);
  if (bodyKind === "multipart") opLines.push(`  encode: multipart,`);
  if (responseExpr) opLines.push(`  response: ${responseExpr === '"text"' ? responseExpr : `/*#__PURE__*/ ${responseExpr}`},`);
  if (page === "array" && queryNames.includes("paginated")) opLines.push(`  paginated: true,`);
  if (Array.isArray(op.security) && op.security.length === 0) opLines.push(`  public: true,`);

  const requestType = members.length ? `${Name}Request` : "EmptyRequest";
  const requestDecl = members.length
    ? jsdoc([`The request of {@link ${name}}: path, query and body keys by their wire names.`], "") + `export interface ${requestType} {\n${members.join("")}}\n\n`
    : "";
  const statusType = statuses.length ? statuses.join(" | ") : "never";
  const imports = importLines(ctx, (i) => modelPath(i));
  const usesV = (responseExpr ?? "").includes("v.");
  const docLines = [
    docText(op.summary),
    docText(op.description),
    `\`${method.toUpperCase()} ${path}\`${statuses.length ? ` · documented errors: ${statuses.join(", ")}` : ""}${page ? ` · pages with \`paginate\` (${page === "array" ? "bare array" : "data/total_count envelope"})` : ""}${bodyUnderKey ? " · the body goes under the `body` key" : ""}`,
    op.deprecated ? "@deprecated This operation is deprecated by the API." : undefined,
  ];
  const code =
    `// Generated from ${SPEC} (${op.operationId}). Do not edit: change codegen/ instead.\n` +
    (usesV ? `import * as v from "valibot";\n` : "") +
    `import type { ClerkCore } from "../core/core.js";\n` +
    `import { call, type CallOptions, type Operation } from "../core/call.js";\n` +
    `import type { CallError } from "../core/errors.js";\n` +
    `import type { Result } from "../core/result.js";\n` +
    (members.length ? "" : `import type { EmptyRequest } from "../core/request.js";\n`) +
    (bodyKind === "multipart" ? `import { multipart } from "../core/multipart.js";\n` : "") +
    (imports ? imports + "\n" : "") +
    "\n" +
    requestDecl +
    extraTypes +
    `const op: Operation<${valueType}> = {\n${opLines.join("\n")}\n};\n\n` +
    jsdoc(docLines, "") +
    `export function ${name}(\n  core: ClerkCore,\n  request${hasRequired ? "" : "?"}: ${requestType},\n  options?: CallOptions,\n): Promise<Result<${valueType}, CallError<${statusType}${successSchema ? "" : ", false"}>>> {\n  return call(core, op, request, options);\n}\n`;
  return {
    file: { path: `src/funcs/${name}.ts`, content: code },
    info: {
      name,
      id: op.operationId,
      method: method.toUpperCase(),
      path,
      deprecated: !!op.deprecated,
      summary: op.summary,
      requestKeys,
      bodyUnderKey,
      success: valueType,
      statuses,
      page,
    },
  };
}

function docsFile(ops: OpInfo[]): string {
  const esc = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const rows = ops.map(
    (o) =>
      `| \`${o.name}\`${o.deprecated ? " (deprecated)" : ""} | ${o.method} \`${o.path}\` | ${o.requestKeys.length ? o.requestKeys.map((k) => `\`${k}\``).join(", ") : "—"} | \`${esc(o.success)}\` | ${o.statuses.join(", ") || "—"} |`,
  );
  const underBody = ops.filter((o) => o.bodyUnderKey).map((o) => `\`${o.name}\``);
  return (
    `<!-- Generated from ${SPEC}. Do not edit: change codegen/ instead. -->\n` +
    `# Function reference\n\n` +
    `${ops.length} functions, one per Backend API operation. Each is \`fn(core, request?, options?)\` and returns ` +
    "`Promise<Result<value, error>>`; import it from `clerk-fn/funcs/<name>`.\n\n" +
    `Request keys are the API's wire names: path, query and JSON body fields side by side. ` +
    `These take their body under the \`body\` key (an array body, or body fields that collide with path/query names): ${underBody.join(", ") || "none"}.\n\n` +
    `| function | method and path | request keys | success value | documented error statuses |\n|---|---|---|---|---|\n` +
    rows.join("\n") +
    "\n"
  );
}
