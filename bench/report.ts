// Shared by the bench commands: the machine and versions a figure was taken on, and the one
// RESULTS.md both commands write to (each owns its own section, so either can run alone).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, availableParallelism, totalmem } from "node:os";
import { join } from "node:path";
import { ROOT } from "./bundle.js";

export interface Machine {
  readonly nproc: number;
  readonly cpu: string;
  readonly memoryGiB: number;
  readonly node: string;
  readonly platform: string;
  readonly arch: string;
}

export function machine(): Machine {
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: process.platform,
    arch: process.arch,
  };
}

/** Installed versions of the packages a bench touches (read from node_modules). */
export function versions(names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    try {
      out[name] = (JSON.parse(readFileSync(join(ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
    } catch {
      out[name] = "not installed";
    }
  }
  return out;
}

/** The commit the figures were taken at (with `+dirty` when the tree has changes). */
export function commit(): string {
  try {
    const sha = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src", "codegen"], { cwd: ROOT, encoding: "utf8" }).trim();
    return dirty ? `${sha}+dirty` : sha;
  } catch {
    return "unknown";
  }
}

export function machineLine(m: Machine): string {
  return `${m.cpu}, ${m.nproc} cores, ${m.memoryGiB} GiB, Node ${m.node} (${m.platform}-${m.arch})`;
}

export function writeJson(rel: string, value: unknown): void {
  const path = join(ROOT, rel);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, JSON.stringify(value, null, 2) + "\n");
}

const RESULTS = join(ROOT, "bench", "RESULTS.md");
const HEADER = `# clerk-fn benchmarks

Figures written by \`npm run bench:size\` and \`npm run bench:speed\` (each rewrites only its own
section). Raw data: \`bench/results/size.json\`, \`bench/results/speed.json\`. Budgets checked by
\`npm test\`: \`bench/budgets.json\` (test/bench/size-budget.test.ts). 1 KB = 1024 bytes.
`;

/** Replaces the `section` of bench/RESULTS.md (between its markers) with `body`. */
export function writeSection(section: "size" | "speed", body: string): void {
  const start = `<!-- bench:${section}:start -->`;
  const end = `<!-- bench:${section}:end -->`;
  let text = existsSync(RESULTS) ? readFileSync(RESULTS, "utf8") : HEADER;
  for (const s of ["size", "speed"]) {
    if (!text.includes(`<!-- bench:${s}:start -->`)) text += `\n<!-- bench:${s}:start -->\n<!-- bench:${s}:end -->\n`;
  }
  const before = text.slice(0, text.indexOf(start) + start.length);
  const after = text.slice(text.indexOf(end));
  writeFileSync(RESULTS, `${before}\n${body.trim()}\n${after}`);
}

/** `12.3 KB` from bytes. */
export function kb(bytes: number | undefined): string {
  return bytes === undefined ? "n/a" : `${(bytes / 1024).toFixed(1)} KB`;
}

/** `×2.31` (a ratio, 2 decimals; 3 significant digits below 1). */
export function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || b === 0) return "n/a";
  const r = a / b;
  return `×${r >= 10 ? r.toFixed(1) : r >= 1 ? r.toFixed(2) : r.toPrecision(2)}`;
}

export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map((_, i) => (i === 0 ? "---" : "---:"))), ...rows.map(line)].join("\n");
}
