// src/funcs/<name>.ts: one module per operation — its request type, the `Operation` literal the
// core pipeline reads, and a function (typed overloads where the answer depends on `paginated`).
import type { FieldModel, OperationModel } from "../model.ts";
import { propKey } from "../names.ts";
import { docText, jsdoc, objectMembers, objectProps, pure, refName, shapeExpr, tExpr, type Components, type Ctx } from "../schema.ts";
import { importLines, SPEC, type OutFile } from "./common.ts";

const upperFirst = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

/** `"f" | "+f" | "-f"` for each field `order_by` accepts. */
export function orderByType(fields: readonly string[]): string {
  return fields.flatMap((f) => [f, `+${f}`, `-${f}`].map((x) => JSON.stringify(x))).join(" | ");
}

function member(f: FieldModel, comps: Components, ctx: Ctx, o: OperationModel): string {
  if (f.in === "body" && o.bodyKind === "whole") {
    const what = o.bodyCollides ? " (its fields collide with path or query names)" : "";
    return `  /** The request body${what}. */\n  body${f.required ? "" : "?"}: ${tExpr(f.schema, comps, ctx, "request", 1)};\n`;
  }
  const t = f.orderBy ? orderByType(f.orderBy) : f.code.startsWith("f") ? "Blob" : tExpr(f.schema, comps, ctx, "request", 1);
  return jsdoc([docText(f.description), f.deprecated ? "@deprecated" : undefined], "  ") + `  ${propKey(f.name)}${f.required ? "" : "?"}: ${t};\n`;
}

const specOf = (fields: readonly FieldModel[]): string => `{ ${fields.map((f) => `${propKey(f.name)}: "${f.code}"`).join(", ")} }`;

/** The item type when the response is a bare array (directly or through a component), for the envelope. */
function itemType(schema: any, comps: Components, ctx: Ctx): string | undefined {
  const flat = schema?.$ref ? comps.schemas[refName(schema.$ref)] : schema;
  return flat?.type === "array" && !flat.nullable ? tExpr(flat.items, comps, ctx, "response") : undefined;
}

/** The funcs module of one operation. */
export function funcFile(o: OperationModel, comps: Components, modelPath: (typeName: string) => string): { file: OutFile; valueType: string } {
  const { name } = o;
  const Name = upperFirst(name);
  const ctx: Ctx = { imports: new Map() };
  const members = o.fields.map((f) => member(f, comps, ctx, o));
  const hasRequired = o.fields.some((f) => f.required);

  let valueType = "undefined";
  let responseExpr: string | undefined;
  let extraTypes = "";
  const successSchema = o.response.schema;
  if (o.response.kind === "json") {
    if (o.response.inline) {
      valueType = `${Name}Response`;
      const props = objectProps(successSchema, comps);
      extraTypes =
        jsdoc([`What {@link ${name}} returns.`], "") +
        (props && !successSchema.anyOf && !successSchema.oneOf
          ? `export interface ${valueType} {\n${objectMembers(successSchema, comps, ctx, "response", 1)}}\n\n`
          : `export type ${valueType} = ${tExpr(successSchema, comps, ctx, "response")};\n\n`);
    } else {
      valueType = tExpr(successSchema, comps, ctx, "response");
      // A hoisted answer keeps the per-function type name it had while inline, as an alias, so
      // code that imported `<Name>Response` still compiles.
      const shared = o.response.shared;
      if (shared) {
        extraTypes =
          shared === `${Name}Response`
            ? `export type { ${shared} };\n\n`
            : jsdoc([`What {@link ${name}} returns: the shared {@link ${shared}} model.`], "") + `export type ${Name}Response = ${shared};\n\n`;
      }
    }
    responseExpr = shapeExpr(successSchema, comps, ctx, 1);
  } else if (o.response.kind === "text") {
    valueType = "string";
    responseExpr = '"text"';
  }
  // With `paginated: true` the answer is the envelope of the bare array's items (the lists that
  // already answer an envelope answer the same one either way, so they need no overloads).
  const item = o.paginated && o.response.kind === "json" ? itemType(successSchema, comps, ctx) : undefined;
  // `data` is the bare answer's own array type, named once (not its item expanded again).
  const envelope = item ? `{ data: ${valueType}; total_count: number }` : undefined;

  const query = o.fields.filter((f) => f.in === "query");
  const body = o.fields.filter((f) => f.in === "body");
  const opLines = [`  id: ${JSON.stringify(o.id)},`, `  method: "${o.method}",`, `  path: ${JSON.stringify(o.path)},`];
  if (query.length) opLines.push(`  query: ${specOf(query)},`);
  if (body.length) opLines.push(`  body: ${specOf(body)},`);
  if (o.bodyKind === "whole") opLines.push(`  bodyKind: "whole",`);
  if (o.bodyKind === "multipart") opLines.push(`  encode: multipart,`);
  if (responseExpr) opLines.push(`  response: ${responseExpr === '"text"' ? responseExpr : pure(responseExpr)},`);
  // The core wraps `response` in the envelope for `paginated: true`; only a bare-array answer
  // changes shape (an envelope list answers the same envelope either way).
  if (envelope) opLines.push(`  paginated: true,`);
  if (o.machineAuth) opLines.push(`  machineAuth: true,`);
  if (o.public) opLines.push(`  public: true,`);

  const requestType = members.length ? `${Name}Request` : "EmptyRequest";
  const requestDecl = members.length
    ? jsdoc([`The request of {@link ${name}}: path, query and body keys by their wire names.`], "") + `export interface ${requestType} {\n${members.join("")}}\n\n`
    : "";
  const error = `CallError<${o.statuses.length ? o.statuses.join(" | ") : "never"}${o.response.kind === "json" ? "" : ", false"}>`;
  const imports = importLines(ctx, (i) => (i === "openVariant" ? "../core/schemas.js" : i === "augment" ? "../core/augment.js" : modelPath(i)));
  const usesShape = /\bs\./.test(responseExpr ?? "");
  const docLines = [
    docText(o.summary),
    docText(o.description),
    `\`${o.method} ${o.path}\`${o.statuses.length ? ` · documented errors: ${o.statuses.join(", ")}` : ""}${o.page ? ` · pages with \`paginate\` (${o.page === "array" ? "bare array" : "data/total_count envelope"})` : ""}${envelope ? " · `paginated: true` answers `{ data, total_count }`" : ""}${o.bodyKind === "whole" ? " · the body goes under the `body` key" : ""}`,
    o.deprecated ? "@deprecated This operation is deprecated by the API." : undefined,
  ];
  const req = `request${hasRequired ? "" : "?"}: ${requestType}`;
  const signature = (request: string, value: string): string =>
    `export function ${name}(\n  core: ClerkCore,\n  ${request},\n  options?: CallOptions,\n): Promise<Result<${value}, ${error}>>`;
  const fn = envelope
    ? jsdoc(docLines, "") +
      `${signature(`request: ${requestType} & { paginated: true }`, envelope)};\n` +
      `/** Without \`paginated: true\`: the bare array. */\n` +
      `${signature(`request${hasRequired ? "" : "?"}: ${requestType} & { paginated?: false }`, valueType)};\n` +
      `/** A \`paginated\` flag known only at run time: either shape. */\n` +
      `${signature(req, `${valueType} | ${envelope}`)};\n` +
      `${signature(req, `${valueType} | ${envelope}`)} {\n  return call(core, op, request, options);\n}\n`
    : jsdoc(docLines, "") + `${signature(req, valueType)} {\n  return call(core, op, request, options);\n}\n`;
  const code =
    `// Generated from ${SPEC} (${o.id}). Do not edit: change codegen/ instead.\n` +
    `import type { ClerkCore } from "../core/core.js";\n` +
    `import { call, type CallOptions, type Operation } from "../core/call.js";\n` +
    `import type { CallError } from "../core/errors.js";\n` +
    `import type { Result } from "../core/result.js";\n` +
    (usesShape ? `import * as s from "../core/shape.js";\n` : "") +
    (members.length ? "" : `import type { EmptyRequest } from "../core/request.js";\n`) +
    (o.bodyKind === "multipart" ? `import { multipart } from "../core/multipart.js";\n` : "") +
    (imports ? imports + "\n" : "") +
    "\n" +
    requestDecl +
    extraTypes +
    `const op: Operation<${valueType}> = {\n${opLines.join("\n")}\n};\n\n` +
    fn;
  return { file: { path: `src/funcs/${name}.ts`, content: code }, valueType };
}
