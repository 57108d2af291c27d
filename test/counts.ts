// The suites that run outside vitest (runtime matrix, package checks) leave their counts here so
// the closing line of `npm test` (test/summary.ts) adds them up instead of assuming them.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const COUNTS_DIR: string = resolve(fileURLToPath(new URL(".", import.meta.url)), "..", ".cache", "counts");

export function recordCounts(suite: string, passed: number, failed: number): void {
  mkdirSync(COUNTS_DIR, { recursive: true });
  writeFileSync(join(COUNTS_DIR, `${suite}.json`), JSON.stringify({ passed, failed }));
}
