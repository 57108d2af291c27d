// The index modules: src/funcs/index.ts (every operation by name) and src/index.ts (the package
// root: everything src/core/index.ts exports, read from that file's syntax, plus every operation).
import ts from "typescript";
import type { ApiModel } from "../model.ts";
import { SPEC, type OutFile } from "./common.ts";

export interface ExportList {
  readonly values: readonly string[];
  readonly types: readonly string[];
}

/** The names a module re-exports with `export { … } from` / `export type { … } from`, by kind. */
export function exportsOf(source: string, fileName = "index.ts"): ExportList {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const values: string[] = [];
  const types: string[] = [];
  for (const stmt of file.statements) {
    if (!ts.isExportDeclaration(stmt)) continue;
    const clause = stmt.exportClause;
    if (!clause || !ts.isNamedExports(clause)) throw new Error(`${fileName}: \`export *\` cannot be listed by name`);
    for (const el of clause.elements) (stmt.isTypeOnly || el.isTypeOnly ? types : values).push(el.name.text);
  }
  return { values, types };
}

const list = (names: readonly string[]): string => `{\n${names.map((n) => `  ${n},`).join("\n")}\n}`;

export function indexFiles(model: ApiModel, coreIndex: string): OutFile[] {
  const names = model.operations.map((o) => o.name);
  const core = exportsOf(coreIndex, "src/core/index.ts");
  const funcs =
    `// Generated from ${SPEC}. Do not edit: change codegen/ instead.\n` +
    `// Named re-exports of every operation. Prefer deep imports (clerk-fn/funcs/<name>) in apps\n` +
    `// that bundle without tree-shaking; with it, this index costs nothing extra.\n` +
    names.map((n) => `export { ${n} } from "./${n}.js";`).join("\n") +
    "\n";
  const root =
    `// Generated from ${SPEC}. Do not edit: change codegen/ instead.\n` +
    `// The package root: the core API (every export of src/core/index.ts) and every operation by\n` +
    `// name. Bundlers keep only what an app imports ("sideEffects": false); deep imports work the same.\n` +
    `export ${list(core.values)} from "./core/index.js";\n` +
    `export type ${list(core.types)} from "./core/index.js";\n` +
    names.map((n) => `export { ${n} } from "./funcs/${n}.js";`).join("\n") +
    "\n";
  return [
    { path: "src/funcs/index.ts", content: funcs },
    { path: "src/index.ts", content: root },
  ];
}
