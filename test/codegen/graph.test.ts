// The module graph of src/: no import cycles anywhere (a cycle makes module evaluation order
// matter and defeats tree-shaking), and no generated function importing another one (each funcs
// module states one operation and hands it to the core). Imports are read with the TypeScript
// parser; type-only ones are erased from the JavaScript, so they count for funcs → funcs but not
// for cycles (core/decode.ts names the `Operation` type of core/call.ts, which calls decode).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { cyclesOf } from "../../codegen/graph.ts";

const SRC = resolve(import.meta.dirname, "../../src");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

/** Does the statement import or re-export only types? */
function typeOnly(stmt: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(stmt)) return stmt.isTypeOnly || (!!stmt.exportClause && ts.isNamedExports(stmt.exportClause) && stmt.exportClause.elements.every((e) => e.isTypeOnly));
  const clause = stmt.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return !clause.name && !!named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
}

/** Relative imports and re-exports of a module, resolved to src files. */
function importsOf(file: string, runtimeOnly = false): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  for (const stmt of source.statements) {
    const spec = (ts.isImportDeclaration(stmt) || ts.isExportDeclaration(stmt)) && stmt.moduleSpecifier && ts.isStringLiteral(stmt.moduleSpecifier) ? stmt.moduleSpecifier.text : undefined;
    if (runtimeOnly && typeOnly(stmt as ts.ImportDeclaration | ts.ExportDeclaration)) continue;
    if (spec?.startsWith(".")) out.push(resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
  }
  return out;
}

const graph = new Map(files(SRC).map((f) => [f, importsOf(f)]));
const runtime = new Map(files(SRC).map((f) => [f, importsOf(f, true)]));
const rel = (f: string): string => relative(SRC, f);

/** Modules on an import cycle, relative to src/. */
const cycles = (g: ReadonlyMap<string, readonly string[]>): string[][] => cyclesOf(g).map((scc) => scc.map(rel).sort());

describe("import graph of src/", () => {
  test("every relative import resolves to a module of src/", () => {
    const dangling = [...graph].flatMap(([f, deps]) => deps.filter((d) => !graph.has(d)).map((d) => `${rel(f)} → ${rel(d)}`));
    expect(dangling).toEqual([]);
    expect(graph.size).toBeGreaterThan(400);
  });

  test("has no cycles of run-time imports", () => {
    expect(cycles(runtime)).toEqual([]);
  });

  test("no generated module is on a cycle, even through type-only imports", () => {
    const generated = cycles(graph).flat().filter((f) => /^(funcs|models)\//.test(f) || f === "webhooks/events.ts" || f === "testing/operations.ts");
    expect(generated).toEqual([]);
  });

  test("no funcs module imports another funcs module (only the indexes re-export them)", () => {
    const funcs = (f: string): boolean => rel(f).startsWith("funcs/") && !rel(f).endsWith("index.ts");
    const edges = [...graph].flatMap(([f, deps]) => (funcs(f) ? deps.filter(funcs).map((d) => `${rel(f)} → ${rel(d)}`) : []));
    expect(edges).toEqual([]);
  });
});

describe("cyclesOf", () => {
  test("finds groups and self-loops, not chains", () => {
    const g = new Map<string, string[]>([
      ["a", ["b"]],
      ["b", ["c", "a"]],
      ["c", ["d"]],
      ["d", ["d"]],
      ["e", ["a", "outside"]],
    ]);
    expect(cyclesOf(g)).toEqual([["a", "b"], ["d"]]);
    expect(cyclesOf(new Map([["x", ["y"]], ["y", []]]))).toEqual([]);
  });
});
