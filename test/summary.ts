// The closing line of `npm test`, in the plain "N passed, N failed" form CI reads: vitest's totals
// (its JSON report) plus what the runtime matrix and the package checks recorded before it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { COUNTS_DIR } from "./counts.js";

const vitest = JSON.parse(readFileSync(".cache/vitest.json", "utf8")) as { numPassedTests: number; numFailedTests: number };
let passed = vitest.numPassedTests;
let failed = vitest.numFailedTests;
for (const suite of ["runtimes", "package"]) {
  const counts = JSON.parse(readFileSync(join(COUNTS_DIR, `${suite}.json`), "utf8")) as { passed: number; failed: number };
  passed += counts.passed;
  failed += counts.failed;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
