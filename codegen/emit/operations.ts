// src/testing/operations.ts: the operations table as data — what the generator knows about each
// operation (method, path, fields with their codes, response kind and status, pagination, auth),
// plus the placeholder answer the emulator gives where it models nothing. The emulator's fallbacks
// and the coverage test read it; nothing parses generated TypeScript.
import type { ApiModel, OperationModel } from "../model.ts";
import { emptyValue, type Components } from "../schema.ts";
import { SPEC, type OutFile } from "./common.ts";

/** One row of the table, as plain data (also what the emitter's tests compare). */
export function operationRow(o: OperationModel, comps: Components): Record<string, unknown> {
  const codes = (where: string): Record<string, string> => Object.fromEntries(o.fields.filter((f) => f.in === where).map((f) => [f.name, f.code]));
  return {
    id: o.id,
    name: o.name,
    method: o.method,
    path: o.path,
    pathParams: o.fields.filter((f) => f.in === "path").map((f) => f.name),
    query: codes("query"),
    body: codes("body"),
    ...(o.bodyKind ? { bodyKind: o.bodyKind } : {}),
    response: o.response.kind,
    status: o.response.status,
    ...(o.page ? { page: o.page } : {}),
    ...(o.paginated ? { paginated: true } : {}),
    ...(o.machineAuth ? { machineAuth: true } : {}),
    ...(o.public ? { public: true } : {}),
    ...(o.deprecated ? { deprecated: true } : {}),
    ...(o.response.kind === "json" ? { placeholder: emptyValue(o.response.schema, comps) } : {}),
  };
}

export function operationsFile(model: ApiModel): OutFile {
  const rows = model.operations.map((o) => `  ${JSON.stringify(operationRow(o, model.comps))},`);
  const content =
    `// Generated from ${SPEC}. Do not edit: change codegen/ instead.\n` +
    `// Every operation of the SDK as data, in function-name order (see codegen/emit/operations.ts).\n\n` +
    `/** What the generator knows about one operation. Field codes are those of src/core/encoding.ts. */\n` +
    `export interface OperationRow {\n` +
    `  /** The spec's operationId. */\n  readonly id: string;\n` +
    `  /** The exported function (clerk-fn/funcs/<name>). */\n  readonly name: string;\n` +
    `  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";\n` +
    `  /** Path template with \`{param}\` placeholders. */\n  readonly path: string;\n` +
    `  readonly pathParams: readonly string[];\n` +
    `  readonly query: Readonly<Record<string, string>>;\n` +
    `  /** Body fields; a \`whole\` body is the one field \`body\`. */\n  readonly body: Readonly<Record<string, string>>;\n` +
    `  readonly bodyKind?: "json" | "multipart" | "whole";\n` +
    `  /** What a 2xx carries: a JSON body, text, or nothing. */\n  readonly response: "json" | "text" | "none";\n` +
    `  /** The documented success status. */\n  readonly status: number;\n` +
    `  /** How it pages with limit/offset. */\n  readonly page?: "array" | "envelope";\n` +
    `  /** Takes the \`paginated\` flag (then answers \`{ data, total_count }\`). */\n  readonly paginated?: true;\n` +
    `  /** Authenticates with the machine secret key when the core has one. */\n  readonly machineAuth?: true;\n` +
    `  /** Needs no secret key. */\n  readonly public?: true;\n` +
    `  readonly deprecated?: true;\n` +
    `  /** The emptiest JSON answer its response schema accepts. */\n  readonly placeholder?: unknown;\n` +
    `}\n\n` +
    `/** The ${model.operations.length} operations. */\n` +
    `export const OPERATIONS: readonly OperationRow[] = [\n${rows.join("\n")}\n];\n`;
  return { path: "src/testing/operations.ts", content };
}
