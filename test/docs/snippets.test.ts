// Every TypeScript snippet of README.md and docs/*.md, checked the way a user meets it: against the
// packed package installed with npm into a scratch project, with TypeScript strict and
// skipLibCheck off, under moduleResolution `bundler` and `nodenext`, with the DOM lib and without
// it (`lib: ["es2023"]` + @types/node, a server-only project). Snippets marked `run` are executed
// there on the in-memory emulator. The convention is in the README ("Contributing") and in
// test/docs/snippets.ts. The same scratch install shows what a consumer gets: the four packages.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPackage } from "../package/build.js";
import { docLocation, extractSnippets, repoSnippets, snippetSource, type Snippet } from "./snippets.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const NODE_MODULES = join(ROOT, "node_modules");
const TSC = join(NODE_MODULES, "typescript", "bin", "tsc");
const TSX = join(NODE_MODULES, "tsx", "dist", "cli.mjs");
const VITEST = join(NODE_MODULES, "vitest", "vitest.mjs");
const PRELUDE = "prelude.ts";
/**
 * Dev tools a snippet may import besides clerk-fn: types for Node, vitest for the testing
 * examples, and the frameworks the adapters' examples use (optional peers of the package).
 */
const DEV_TOOLS = ["@types/node", "vitest", "express", "@types/express", "hono"];
const MAX_INSTALL_BYTES = 15 * 1024 * 1024;

const snippets = repoSnippets(ROOT);

interface Config {
  readonly name: string;
  readonly compilerOptions: Record<string, unknown>;
}
const DOM = ["es2023", "dom", "dom.iterable"];
const NO_DOM = ["es2023"];
const base = { target: "es2022", types: ["node"], strict: true, skipLibCheck: false, noEmit: true };
const bundler = { ...base, module: "esnext", moduleResolution: "bundler" };
// The nodenext projects also turn on the two checks stricter codebases use.
const nodenext = { ...base, module: "nodenext", moduleResolution: "nodenext", exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true };
const CONFIGS: readonly Config[] = [
  { name: "bundler + DOM", compilerOptions: { ...bundler, lib: DOM } },
  { name: "bundler, no DOM", compilerOptions: { ...bundler, lib: NO_DOM } },
  { name: "nodenext + DOM", compilerOptions: { ...nodenext, lib: DOM } },
  { name: "nodenext, no DOM", compilerOptions: { ...nodenext, lib: NO_DOM } },
];

/** Imports every entry point, so declarations no snippet reaches are compiled too. */
const ENTRIES_FILE = "entries.ts";
const ENTRIES = [
  `import * as root from "clerk-fn";`,
  `import * as core from "clerk-fn/core";`,
  `import * as funcs from "clerk-fn/funcs";`,
  `import * as auth from "clerk-fn/auth";`,
  `import * as webhooks from "clerk-fn/webhooks";`,
  `import * as testing from "clerk-fn/testing";`,
  `import * as user from "clerk-fn/models/user";`,
  `export const all = [root, core, funcs, auth, webhooks, testing, user];`,
  ``,
].join("\n");

interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

let work = "";
let project = "";
let installed: string[] = [];
let installBytes = 0;
const diagnostics = new Map<string, Diagnostic[]>();

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "clerk-fn-snippets-"));
  buildPackage(ROOT);
  const packed = run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], ROOT);
  const tarball = join(work, (JSON.parse(packed) as { filename: string }[])[0]!.filename);

  project = join(work, "project");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "snippets", private: true, type: "module" }, null, 2));
  // The machine's npm, as a user would; from the local cache where it can.
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], project);
  installed = packagesIn(join(project, "node_modules"));
  installBytes = bytesIn(join(project, "node_modules"));

  for (const tool of DEV_TOOLS) {
    mkdirSync(dirname(join(project, "node_modules", tool)), { recursive: true });
    symlinkSync(join(NODE_MODULES, tool), join(project, "node_modules", tool), "junction");
  }
  copyFileSync(join(ROOT, "test", "docs", "prelude", PRELUDE), join(project, PRELUDE));
  writeFileSync(join(project, ENTRIES_FILE), ENTRIES);
  for (const snippet of snippets) {
    mkdirSync(dirname(join(project, snippet.file)), { recursive: true });
    writeFileSync(join(project, snippet.file), snippetSource(snippet, PRELUDE));
  }

  const files = [PRELUDE, ...snippets.map((s) => s.file)];
  // Two at a time: the machine has two cores.
  const queue = [...CONFIGS];
  await Promise.all(
    [0, 1].map(async () => {
      for (let config = queue.shift(); config; config = queue.shift()) {
        diagnostics.set(config.name, await typeCheck(config, files));
      }
    }),
  );
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the documentation's snippets", () => {
  it("are found, and every page that has TypeScript has snippets", () => {
    expect(snippets.length).toBeGreaterThanOrEqual(15);
    const docs = new Set(snippets.map((s) => s.doc));
    for (const doc of ["README.md", "docs/MIGRATING.md", "docs/TESTING.md"]) expect(docs).toContain(doc);
    // Two snippets never share a file (a page that names the same path twice would overwrite one).
    expect(new Set(snippets.map((s) => s.file)).size).toBe(snippets.length);
  });

  it("the README's quick start is run, not only compiled", () => {
    const quickStart = snippets.find((s) => s.doc === "README.md" && s.code.includes("usersList(core, { limit: 10"));
    expect(quickStart?.run).toBe(true);
  });
});

describe("a consumer install of the packed package", () => {
  it("holds clerk-fn, jose, ky and valibot only", () => {
    expect(installed).toEqual(["clerk-fn", "jose", "ky", "valibot"]);
  });

  it(`is at most ${MAX_INSTALL_BYTES / 1024 / 1024} MB`, () => {
    expect(installBytes).toBeGreaterThan(0);
    expect(installBytes).toBeLessThanOrEqual(MAX_INSTALL_BYTES);
  });
});

for (const config of CONFIGS) {
  describe(`type-check (${config.name})`, () => {
    it(`the package's declarations${config.compilerOptions.lib === NO_DOM ? ", every entry point" : ""} and the prelude compile`, () => {
      const outside = (diagnostics.get(config.name) ?? []).filter((d) => !snippets.some((s) => s.file === d.file));
      expect(outside.map((d) => `${d.file}:${d.line}: ${d.text}`)).toEqual([]);
    });
    for (const snippet of snippets) {
      it(`${snippet.doc}:${snippet.line} compiles`, () => {
        const own = (diagnostics.get(config.name) ?? []).filter((d) => d.file === snippet.file);
        expect(own.map((d) => `${docLocation(snippet, d.line)}: ${d.text}`)).toEqual([]);
      });
    }
  });
}

describe("snippets marked run, on the emulator", () => {
  for (const snippet of snippets.filter((s) => s.run)) {
    it(`${snippet.doc}:${snippet.line} runs`, async () => {
      const out = snippet.file.endsWith(".test.ts")
        ? await runAsync(process.execPath, [VITEST, "run", snippet.file], project)
        : await runAsync(process.execPath, [TSX, snippet.file], project);
      const output = `${out.stdout}\n${out.stderr}`.trim().split("\n").slice(-30).join("\n");
      expect(out.status, output).toBe(0);
      // A tsx snippet prints failures with console.error: any stderr means it went the wrong way.
      if (!snippet.file.endsWith(".test.ts")) expect(out.stderr.trim(), output).toBe("");
    }, 120_000);
  }
});

describe("the snippet convention", () => {
  const doc = [
    "Text.",
    "<!-- snippet: uses=core,usersList run -->",
    "```ts",
    "await usersList(core);",
    "```",
    "",
    "```md",
    "```ts",
    "not a snippet: inside another fence",
    "```",
    "- a list item:",
    "  ```typescript",
    "  // src/app.ts",
    "  export const x = 1;",
    "  ```",
  ].join("\n");

  it("reads uses= and run from the comment above the fence, and the markdown line of the code", () => {
    const [first, second, ...rest] = extractSnippets("docs/EXAMPLE.md", doc);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ line: 4, uses: ["core", "usersList"], run: true, file: "EXAMPLE/snippet-4.ts", code: "await usersList(core);" });
    expect(second).toMatchObject({ uses: [], run: false, file: "EXAMPLE/src/app.ts", code: "// src/app.ts\nexport const x = 1;" });
  });

  it("imports the used names from the prelude on line 1, so diagnostics map back to the markdown", () => {
    const [first, second] = extractSnippets("docs/EXAMPLE.md", doc);
    expect(snippetSource(first!, "prelude.ts")).toBe('import { core, usersList } from "../prelude.js";\nawait usersList(core);\n');
    expect(snippetSource(second!, "prelude.ts")).toBe('import "../../prelude.js";\n// src/app.ts\nexport const x = 1;\n');
    expect(docLocation(first!, 2)).toBe("docs/EXAMPLE.md:4");
  });

  it("refuses an option it does not know, with the place to fix", () => {
    expect(() => extractSnippets("README.md", "<!-- snippet: skip -->\n```ts\nx\n```\n")).toThrow(/README\.md:1: unknown snippet option "skip"/);
  });
});

async function typeCheck(config: Config, snippetFiles: readonly string[]): Promise<Diagnostic[]> {
  const name = `tsconfig.${config.name.replace(/\W+/g, "-")}.json`;
  // Every declaration of the package (all 249 functions and their models) only where the DOM lib
  // is absent, the configuration that can break them; the DOM runs load what the snippets reach.
  const files = config.compilerOptions.lib === NO_DOM ? [...snippetFiles, ENTRIES_FILE] : snippetFiles;
  writeFileSync(join(project, name), JSON.stringify({ compilerOptions: config.compilerOptions, files }, null, 2));
  const out = await runAsync(process.execPath, [TSC, "-p", name, "--pretty", "false"], project);
  if (out.status === 0) return [];
  const found: Diagnostic[] = [];
  for (const line of out.stdout.split("\n")) {
    const m = /^(.+?)\((\d+),\d+\): (error .*)$/.exec(line);
    if (m) found.push({ file: m[1]!, line: Number(m[2]), text: m[3]! });
    else if (line.startsWith(" ") && found.length > 0) {
      const last = found.pop()!;
      found.push({ ...last, text: `${last.text} ${line.trim()}` });
    } else if (line.trim()) found.push({ file: "(tsc)", line: 0, text: line });
  }
  if (found.length === 0) found.push({ file: "(tsc)", line: 0, text: `tsc exited ${out.status}: ${out.stderr}` });
  return found;
}

/** Package names directly under node_modules (scoped ones as @scope/name), sorted. */
function packagesIn(dir: string): string[] {
  const names: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry.startsWith(".")) continue;
    if (entry.startsWith("@")) for (const scoped of readdirSync(join(dir, entry))) names.push(`${entry}/${scoped}`);
    else names.push(entry);
  }
  return names.sort();
}

/** Bytes of regular files below `dir` (what `du` counts, without block rounding). */
function bytesIn(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += bytesIn(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/** Child processes get no Clerk variables from the shell: the snippets must use the emulator's. */
function childEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("CLERK_")));
}

function run(command: string, args: readonly string[], cwd: string): string {
  const out = spawnSync(command, args, { cwd, encoding: "utf8", env: childEnv(), maxBuffer: 64 * 1024 * 1024 });
  if (out.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${out.status ?? out.signal}\n${out.stdout}${out.stderr}`);
  return out.stdout;
}

function runAsync(command: string, args: readonly string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: childEnv() });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) => resolve({ status: -1, stdout, stderr: `${stderr}${error.message}` }));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
