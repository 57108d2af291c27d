// docs/MIGRATING.md maps @clerk/backend's methods to clerk-fn's functions. Both sides are checked
// against the real thing: every @clerk/backend method it names must exist on the installed
// package's own types (its .d.ts, read through the TypeScript compiler API, so `ClerkClient`'s
// intersections and re-exports resolve as they do for a user), a stated return shape
// (`→ { data, totalCount }`, `→ number`) must be what that method's Promise resolves to, and every
// clerk-fn function named must be one this package exports under its final name.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const MIGRATING = readFileSync(join(ROOT, "docs", "MIGRATING.md"), "utf8");

interface Row {
  readonly line: number;
  /** `users.getUserList`, `invitations.createInvitation`, `verifyToken`, … */
  readonly methods: readonly string[];
  /** What the row says the first method's Promise resolves to: property names, or a type's text. */
  readonly returns?: { readonly properties: readonly string[] } | { readonly type: string };
  readonly clerkFn: readonly string[];
}

/** Code spans of a markdown table cell or sentence. */
const spans = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
/** camelCase identifiers with a capital: function names, never the API's snake_case keys. */
const camelNames = (text: string): string[] => spans(text).flatMap((s) => [...s.matchAll(/\b([a-z][a-z0-9]*[A-Z][A-Za-z0-9]*)\b/g)].map((m) => m[1]!));

/** The rows of the mapping tables and the `a` → `b` sentences. */
function mappingRows(markdown: string): Row[] {
  const rows: Row[] = [];
  const lines = markdown.split("\n");
  let prefix: string | undefined;
  lines.forEach((text, index) => {
    const cells = text.startsWith("|") ? text.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim()) : [];
    if (cells.length === 2 && lines[index + 1]?.startsWith("| ---")) {
      // A table header: `clerkClient.users.…` names the namespace, `@clerk/backend` leaves it in each row.
      const ns = /^`clerkClient\.(\w+)\.…`$/.exec(cells[0]!)?.[1];
      prefix = ns ? `${ns}.` : cells[0] === "`@clerk/backend`" ? "" : undefined;
      return;
    }
    if (cells.length === 2 && prefix !== undefined && !cells[0]!.startsWith("---")) {
      rows.push(row(index + 1, prefix, cells[0]!, cells[1]!));
      return;
    }
    if (cells.length === 0) prefix = text.trim() === "" ? prefix : undefined;
    // Sentences such as: `apiKeys.verify(secret)` → `apiKeysVerify(core, { secret })`
    for (const m of text.matchAll(/`([\w.]+)\([^`]*\)`\s*→\s*`([^`]+)`/g)) rows.push(row(index + 1, "", `\`${m[1]}()\``, `\`${m[2]}\``));
  });
  return rows;
}

function row(line: number, prefix: string, left: string, right: string): Row {
  const methods = spans(left.replace(/→\s*`[^`]+`/g, ""))
    .map((s) => /^([A-Za-z][\w.]*)(\(|$)/.exec(s)?.[1])
    .filter((s): s is string => s !== undefined)
    .map((s) => `${prefix}${s}`);
  const arrow = /`[^`]*`\s*→\s*`([^`]+)`/.exec(left)?.[1];
  const returns = arrow === undefined ? undefined : /^\{(.*)\}$/.test(arrow)
    ? { properties: arrow.slice(1, -1).split(",").map((p) => p.trim()) }
    : { type: arrow };
  return { line, methods, ...(returns ? { returns } : {}), clerkFn: camelNames(right) };
}

// ---- @clerk/backend through the compiler API ----------------------------------------------------

const PROBE = join(ROOT, "migrating-probe.ts");
const PROBE_SOURCE = `
import type { ClerkClient } from "@clerk/backend";
import type * as Root from "@clerk/backend";
import type * as Webhooks from "@clerk/backend/webhooks";
import type * as Errors from "@clerk/backend/errors";
export type Probe = { client: ClerkClient; root: typeof Root; webhooks: typeof Webhooks; errors: typeof Errors };
`;

function backendTypes(): { checker: ts.TypeChecker; probe: ts.Type } {
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
    types: [],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, version, onError) =>
    file === PROBE ? ts.createSourceFile(file, PROBE_SOURCE, version) : getSourceFile(file, version, onError);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => file === PROBE || fileExists(file);
  const program = ts.createProgram([PROBE], options, host);
  const problems = ts.getPreEmitDiagnostics(program, program.getSourceFile(PROBE));
  if (problems.length > 0) throw new Error(ts.formatDiagnostics(problems, host));
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(PROBE)!;
  const alias = source.statements.find(ts.isTypeAliasDeclaration)!;
  return { checker, probe: checker.getTypeAtLocation(alias.name) };
}

const { checker, probe } = backendTypes();
const client = typeOf(probe, "client")!;
const roots = ["root", "webhooks", "errors"].map((name) => typeOf(probe, name)!);

function typeOf(type: ts.Type, property: string): ts.Type | undefined {
  const symbol = checker.getPropertyOfType(type, property);
  return symbol ? checker.getTypeOfSymbol(symbol) : undefined;
}

/** `users.getUserList` on the client, or `verifyToken` among the package's exports. */
function backendMember(path: string): ts.Type | undefined {
  const [first, ...rest] = path.split(".");
  let type = rest.length === 0 ? roots.map((r) => typeOf(r, first!)).find(Boolean) ?? typeOf(client, first!) : typeOf(client, first!);
  for (const part of rest) type = type && typeOf(type, part);
  return type;
}

/** What a method's returned Promise resolves to. */
function resolvedReturn(method: ts.Type): ts.Type {
  const signature = method.getCallSignatures()[0];
  if (!signature) throw new Error(`${checker.typeToString(method)} is not callable`);
  const returned = signature.getReturnType();
  return checker.getAwaitedType(returned) ?? returned;
}

// ---- clerk-fn's names ----------------------------------------------------------------------------

const PENDING_RENAMES: readonly (readonly [string, string])[] = [
  ["apiKeysCreateApiKey", "apiKeysCreate"],
  ["apiKeysGetApiKeys", "apiKeysList"],
  ["apiKeysGetApiKey", "apiKeysGet"],
  ["apiKeysUpdateApiKey", "apiKeysUpdate"],
  ["apiKeysDeleteApiKey", "apiKeysDelete"],
  ["apiKeysGetApiKeySecret", "apiKeysGetSecret"],
  ["apiKeysRevokeApiKey", "apiKeysRevoke"],
  ["apiKeysVerifyApiKey", "apiKeysVerify"],
  ["adminPortalLinkTokensCreateAdminPortalLinkToken", "adminPortalLinkTokensCreate"],
  ["adminPortalLinkTokensRevokeAdminPortalLinkToken", "adminPortalLinkTokensRevoke"],
  ["instanceSettingsGetInstanceProtect", "instanceSettingsGetProtect"],
  ["instanceSettingsUpdateInstanceProtect", "instanceSettingsUpdateProtect"],
];

/** The functions of src/funcs, plus (in the workplace that has it) the final names of the renamed ones. */
function clerkFnFunctions(): { names: Set<string>; retired: Map<string, string> } {
  const names = new Set(readdirSync(join(ROOT, "src", "funcs")).filter((f) => f.endsWith(".ts") && f !== "index.ts").map((f) => f.slice(0, -3)));
  const retired = new Map<string, string>();
  const list = join(ROOT, "..", "shared", "openapi", "function-names.json");
  if (existsSync(list)) {
    const { functions } = JSON.parse(readFileSync(list, "utf8")) as { functions: { name: string; rename?: string }[] };
    for (const f of functions) {
      if (f.rename) {
        names.add(f.rename);
        retired.set(f.name, f.rename);
      }
    }
  } else {
    // A clone without that list, before the rename lands in src/funcs: the renames agreed for
    // the 12 operations whose generated names repeat their group. Once src/funcs has the new
    // names this adds nothing (each new name is then a file too).
    for (const [from, to] of PENDING_RENAMES) {
      if (names.has(from)) {
        names.add(to);
        retired.set(from, to);
      }
    }
  }
  for (const [old] of retired) names.delete(old);
  return { names, retired };
}

const rows = mappingRows(MIGRATING);
const { names, retired } = clerkFnFunctions();

describe("docs/MIGRATING.md", () => {
  it("has the mapping tables to check", () => {
    expect(rows.length).toBeGreaterThanOrEqual(45);
    expect(rows.flatMap((r) => r.methods).length).toBeGreaterThanOrEqual(55);
  });

  it("names only @clerk/backend methods that its .d.ts declares", () => {
    const missing = rows.flatMap((r) => r.methods.filter((m) => !backendMember(m)).map((m) => `MIGRATING.md:${r.line}: ${m}`));
    expect(missing).toEqual([]);
  });

  it("states return shapes that match @clerk/backend's types", () => {
    const stated = rows.filter((r) => r.returns);
    expect(stated.length).toBeGreaterThanOrEqual(4);
    const wrong: string[] = [];
    for (const r of stated) {
      const method = backendMember(r.methods[0]!);
      if (!method) continue; // reported by the test above
      const resolved = resolvedReturn(method);
      const returns = r.returns!;
      if ("properties" in returns) {
        const have = checker.getPropertiesOfType(resolved).map((p) => p.name);
        const absent = returns.properties.filter((p) => !have.includes(p));
        if (absent.length > 0) wrong.push(`MIGRATING.md:${r.line}: ${r.methods[0]} resolves to ${checker.typeToString(resolved)}, without ${absent.join(", ")}`);
      } else if (checker.typeToString(resolved) !== returns.type) {
        wrong.push(`MIGRATING.md:${r.line}: ${r.methods[0]} resolves to ${checker.typeToString(resolved)}, not ${returns.type}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("@clerk/backend 3.x's verifyToken resolves to the payload (it throws on failure), not { data, errors }", () => {
    const resolved = resolvedReturn(backendMember("verifyToken")!);
    const props = checker.getPropertiesOfType(resolved).map((p) => p.name);
    expect(props).toContain("sub");
    expect(props).not.toContain("errors");
    expect(MIGRATING).not.toMatch(/const \{ data, errors \} = await verifyToken/);
  });

  it("names only clerk-fn functions that exist, under their final names", () => {
    const named = rows.flatMap((r) => r.clerkFn.map((n) => ({ n, line: r.line })));
    expect(named.length).toBeGreaterThanOrEqual(55);
    const unknown = named.filter(({ n }) => !names.has(n)).map(({ n, line }) => `MIGRATING.md:${line}: ${n}${retired.has(n) ? ` (now ${retired.get(n)})` : ""}`);
    expect(unknown).toEqual([]);
  });
});
