// Builds the package the way `npm pack` / `npm publish` do (the `build` script): a clean dist/ of
// per-file ESM and .d.ts from tsconfig.build.json. Shared by test/runtimes/run.ts and check.ts.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";

/** Removes dist/ and compiles src/ into it; throws with tsc's output when the build fails. */
export function buildPackage(root: string): void {
  rmSync(join(root, "dist"), { recursive: true, force: true });
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`tsc -p tsconfig.build.json failed (exit ${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  }
}
