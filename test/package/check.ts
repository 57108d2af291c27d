// The published shape of the package, checked the way a user meets it: build, pack once, then
//   1. the tarball's contents: only dist/ (.js + .d.ts), README, LICENSE and package.json, no tests,
//      generator sources, TypeScript sources, source maps, env files or keys;
//   2. publint (strict: warnings fail) on that tarball;
//   3. Are the Types Wrong? (`attw`) on that tarball, profile `esm-only`, every entry point;
//   4. a consumer project in a scratch directory that installs the tarball and type-checks an app
//      against it, without skipLibCheck, under moduleResolution `bundler` and `node16`.
//
//   npm run check:package        (tsx test/package/check.ts)
//
// Why attw's `esm-only` profile: clerk-fn is ESM only ("type": "module", every export condition
// points at ES modules, engines node >= 22). That profile ignores exactly two resolution modes:
// `node10` (TypeScript's legacy `moduleResolution: "node"`, which predates `exports` and so cannot
// see any subpath such as clerk-fn/core) and `node16` from a CommonJS file (which can only
// `await import()` an ES module — attw's "ESM (dynamic import only)"). Neither is a supported
// consumer of an ESM-only package; every other problem kind in the remaining modes still fails.
import { recordCounts } from "../counts.js";
import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { buildPackage } from "./build.js";
import { CONSUMER_APP } from "./consumer.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const NODE_MODULES = join(ROOT, "node_modules");
/** The Node that runs this script (the root's Node 24 under `npm run`) runs the tools too. */
const NODE = process.execPath;

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string; size: number }[];
}

interface Step {
  readonly name: string;
  readonly run: () => string | Promise<string>;
}

/** What may be in the tarball (paths relative to the package root). */
const ALLOWED = [/^package\.json$/, /^README\.md$/, /^LICEN[CS]E(\.md|\.txt)?$/i, /^dist\/.+\.(js|d\.ts)$/];
/** Never, whatever `files` says. */
const FORBIDDEN = [
  /(^|\/)test(s)?\//,
  /\.(test|spec)\.[cm]?[jt]s$/,
  /^codegen\//,
  /^src\//,
  /^bench\//,
  /^examples\//,
  /(^|\/)\.env/,
  /\.(pem|key|p12|pfx|crt)$/,
  /\.map$/,
  /(^|\/)tsconfig[^/]*\.json$/,
  /\.ya?ml$/,
  /(^|\/)\.npmrc$/,
];
/** Things that look like real credentials inside published files. */
const SECRET_PATTERNS = [
  /-----BEGIN (RSA |EC |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/,
  /\bsk_live_[A-Za-z0-9]{16,}/,
  /\bwhsec_[A-Za-z0-9+/]{24,}={0,2}/,
  /\bnpm_[A-Za-z0-9]{36}\b/,
  /\bgh[pousr]_[A-Za-z0-9]{36}\b/,
];

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "clerk-fn-package-"));
  let pack: PackResult | undefined;
  let extracted: string | undefined;
  let consumers: Record<Resolution, Promise<string>> | undefined;
  const steps: Step[] = [
    {
      name: "build",
      run: () => {
        buildPackage(ROOT);
        const files = listFiles(join(ROOT, "dist"));
        const js = files.filter((f) => f.endsWith(".js")).length;
        const dts = files.filter((f) => f.endsWith(".d.ts")).length;
        if (js === 0 || js !== dts) throw new Error(`dist/ has ${js} .js and ${dts} .d.ts files; expected one .d.ts per module`);
        return `dist/: ${js} ES modules, ${dts} declaration files`;
      },
    },
    {
      name: "npm pack",
      run: () => {
        // --ignore-scripts: prepack would only rebuild what the step above built.
        const out = run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], ROOT);
        const parsed = JSON.parse(out.stdout) as PackResult[];
        pack = parsed[0];
        if (!pack) throw new Error("npm pack printed no result");
        extracted = join(work, "extracted");
        mkdirSync(extracted);
        run("tar", ["-xzf", join(work, pack.filename), "-C", extracted], work);
        return `${pack.filename}: ${kb(pack.size)} packed, ${kb(pack.unpackedSize)} unpacked, ${pack.entryCount} files`;
      },
    },
    {
      name: "pack contents",
      run: () => {
        const { files } = need(pack);
        const problems: string[] = [];
        for (const { path } of files) {
          if (!ALLOWED.some((re) => re.test(path))) problems.push(`not allowed: ${path}`);
          if (FORBIDDEN.some((re) => re.test(path))) problems.push(`forbidden: ${path}`);
        }
        const paths = new Set(files.map((f) => f.path));
        for (const required of ["package.json", "README.md", "dist/index.js", "dist/index.d.ts"]) {
          if (!paths.has(required)) problems.push(`missing: ${required}`);
        }
        // Every entry point of the exports map is in the tarball.
        const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { exports: Record<string, unknown> };
        for (const target of exportTargets(manifest.exports)) {
          if (target.includes("*")) {
            const re = new RegExp(`^${target.replace(/^\.\//, "").replace(/[.]/g, "\\.").replace("*", "[^/]+")}$`);
            if (![...paths].some((p) => re.test(p))) problems.push(`exports pattern matches nothing: ${target}`);
          } else if (!paths.has(target.replace(/^\.\//, ""))) problems.push(`exports target missing: ${target}`);
        }
        const root = join(need(extracted), "package");
        for (const { path } of files) {
          const text = readFileSync(join(root, path), "utf8");
          for (const re of SECRET_PATTERNS) if (re.test(text)) problems.push(`looks like a credential (${re.source}) in ${path}`);
        }
        if (problems.length > 0) throw new Error(problems.join("\n"));
        const dist = files.filter((f) => f.path.startsWith("dist/")).length;
        const others = files.filter((f) => !f.path.startsWith("dist/")).map((f) => f.path);
        return `${dist} files under dist/ + ${others.join(", ")}; no tests, sources, maps, env files or keys`;
      },
    },
    {
      name: "publint",
      run: async () => {
        // The very tarball npm made (publint reads package.json from inside it).
        const tarball = new Uint8Array(readFileSync(join(work, need(pack).filename))).buffer;
        const { messages, pkg } = await publint({ strict: true, pack: { tarball } });
        const lines = messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`);
        const blocking = messages.filter((m) => m.type !== "suggestion");
        if (blocking.length > 0) throw new Error(lines.join("\n"));
        return messages.length === 0 ? "no errors, warnings or suggestions" : `no errors or warnings; ${lines.join("; ")}`;
      },
    },
    {
      name: "attw",
      run: () => {
        const { files, filename } = need(pack);
        // attw does not expand the `./funcs/*` and `./models/*` patterns: list their entry points.
        const subpaths = files
          .map((f) => /^dist\/((funcs|models)\/[^/]+)\.js$/.exec(f.path)?.[1])
          .filter((s): s is string => s !== undefined && s !== "funcs/index")
          .map((s) => `./${s}`);
        const attw = join(NODE_MODULES, "@arethetypeswrong", "cli", "dist", "index.js");
        const out = run(
          NODE,
          [attw, join(work, filename), "--profile", "esm-only", "--format", "json", "--include-entrypoints", ...subpaths],
          ROOT,
          [0, 1],
        );
        const report = JSON.parse(out.stdout) as {
          analysis: { entrypoints: Record<string, unknown>; problems: { kind: string; entrypoint?: string; resolutionKind?: string }[] };
        };
        const ignoredModes = new Set(["node10", "node16-cjs"]);
        const problems = report.analysis.problems;
        const blocking = problems.filter((p) => !p.resolutionKind || !ignoredModes.has(p.resolutionKind));
        if (blocking.length > 0 || out.status !== 0) {
          const shown = blocking.slice(0, 20).map((p) => `${p.kind} ${p.entrypoint ?? ""} (${p.resolutionKind ?? "any"})`);
          throw new Error(`attw exit ${out.status}; ${blocking.length} problems:\n${shown.join("\n")}`);
        }
        const entrypoints = Object.keys(report.analysis.entrypoints).filter((e) => !e.includes("*")).length;
        const ignored = [...new Set(problems.map((p) => `${p.kind}@${p.resolutionKind}`))].join(", ");
        return `${entrypoints} entry points clean under node16 (ESM) and bundler; ignored by esm-only: ${ignored || "none"}`;
      },
    },
    ...(["bundler", "node16"] as const).map(
      (resolution): Step => ({
        name: `consumer type-check (${resolution})`,
        // Both projects are checked at once (2 cores); each step reports its own.
        run: () => (consumers ??= startConsumers(work, need(extracted)))[resolution],
      }),
    ),
  ];

  let passed = 0;
  let failed = 0;
  try {
    for (const step of steps) {
      const started = Date.now();
      try {
        const detail = await step.run();
        passed++;
        console.log(`ok   ${step.name.padEnd(32)} ${detail} (${seconds(Date.now() - started)})`);
      } catch (error) {
        failed++;
        console.log(`FAIL ${step.name.padEnd(32)} (${seconds(Date.now() - started)})`);
        const message = error instanceof Error ? error.message : String(error);
        for (const line of message.split("\n").slice(0, 40)) console.log(`       ${line}`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`package: ${passed} passed, ${failed} failed`);
  recordCounts("package", passed, failed);
  process.exitCode = failed === 0 ? 0 : 1;
}

type Resolution = "bundler" | "node16";

function startConsumers(work: string, extracted: string): Record<Resolution, Promise<string>> {
  const bundler = consumerTypeCheck(work, extracted, "bundler");
  const node16 = consumerTypeCheck(work, extracted, "node16");
  // Neither rejection may go unhandled while the other step is still awaited.
  bundler.catch(() => {});
  node16.catch(() => {});
  return { bundler, node16 };
}

/**
 * A scratch app that depends on clerk-fn as installed from the tarball (extracted into its
 * node_modules, as npm would), its dependencies linked from the root's node_modules, and checks
 * an app file with the root's TypeScript, strict and without skipLibCheck.
 */
async function consumerTypeCheck(work: string, extracted: string, resolution: Resolution): Promise<string> {
  const app = join(work, `consumer-${resolution}`);
  const modules = join(app, "node_modules");
  mkdirSync(modules, { recursive: true });
  // A copy per project: the app's node_modules/clerk-fn is a real directory, not a link into the repo.
  run("cp", ["-R", join(extracted, "package"), join(modules, "clerk-fn")], work);
  const manifest = JSON.parse(readFileSync(join(modules, "clerk-fn", "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  for (const dependency of Object.keys(manifest.dependencies ?? {})) {
    symlinkSync(join(NODE_MODULES, dependency), join(modules, dependency), "junction");
  }
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2));
  const compilerOptions =
    resolution === "bundler"
      ? { module: "esnext", moduleResolution: "bundler", exactOptionalPropertyTypes: false }
      : { module: "node16", moduleResolution: "node16", exactOptionalPropertyTypes: true };
  writeFileSync(
    join(app, "tsconfig.json"),
    JSON.stringify(
      {
        compilerOptions: {
          ...compilerOptions,
          target: "es2022",
          lib: ["es2023", "dom", "dom.iterable"],
          types: [],
          strict: true,
          noUncheckedIndexedAccess: true,
          skipLibCheck: false,
          noEmit: true,
        },
        files: ["app.ts"],
      },
      null,
      2,
    ),
  );
  writeFileSync(join(app, "app.ts"), CONSUMER_APP);
  const tsc = join(NODE_MODULES, "typescript", "bin", "tsc");
  const out = await runAsync(NODE, [tsc, "-p", "tsconfig.json", "--listFiles"], app);
  const fromPackage = out.split("\n").filter((f) => f.includes("node_modules/clerk-fn/")).length;
  return `app.ts against the packed package (${fromPackage} of its .d.ts files loaded), strict, skipLibCheck off`;
}

/** Every file target of an exports map, e.g. `./dist/core/index.js`. */
function exportTargets(exports: unknown): string[] {
  if (typeof exports === "string") return [exports];
  if (typeof exports !== "object" || exports === null) return [];
  return Object.values(exports).flatMap(exportTargets);
}

function run(command: string, args: readonly string[], cwd: string, okStatuses: readonly number[] = [0]): SpawnSyncReturns<string> {
  const out = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (out.error) throw new Error(`${command} could not start: ${out.error.message}`);
  if (out.status === null || !okStatuses.includes(out.status)) {
    throw new Error(`${[command, ...args.slice(0, 6)].join(" ")} … exited with ${out.status ?? out.signal}\n${out.stdout}${out.stderr}`.trim());
  }
  return out;
}

/** Like `run`, without blocking: resolves to stdout, rejects with the output on a non-zero exit. */
function runAsync(command: string, args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
      output += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => (output += d));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0) resolve(stdout);
      // tsc prints its diagnostics on stdout, after the --listFiles list: keep only those.
      else reject(new Error(`tsc exited with ${code ?? signal}\n${output.split("\n").filter((l) => !l.startsWith("/")).join("\n")}`.trim()));
    });
  });
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((p) => join(dir, p))
    .filter((p) => statSync(p).isFile())
    .map((p) => relative(dir, p));
}

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("an earlier step failed");
  return value;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

main().catch((error: unknown) => {
  console.error(error);
  console.log("package: 0 passed, 1 failed");
  process.exitCode = 1;
});
