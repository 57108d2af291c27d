// Entry point: `npm run generate` writes the generated files; `--check` (run by the test command)
// fails when the committed output differs from a fresh generation. `--spec <path>` overrides the
// pinned Backend API spec (the result is then not expected to match what is committed).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { apiModelsOf, generate, type OutFile } from "./generate.ts";
import { applyOverlay } from "./overlay.ts";
import { generateWebhooks } from "./webhooks.ts";
import { BAPI, loadSpec, ROOT, WEBHOOKS } from "./spec.ts";

const GENERATED_DIRS = ["src/models", "src/funcs"];

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const check = args.includes("--check");
  const specArg = args.includes("--spec") ? args[args.indexOf("--spec") + 1] : undefined;
  const spec = await loadSpec(BAPI, specArg);
  applyOverlay(spec, join(ROOT, "codegen", "overlay.yml"));
  const { files, model } = generate(spec);
  const ops = model.operations;
  const webhooks = generateWebhooks(await loadSpec(WEBHOOKS), apiModelsOf(spec, model));
  const all: OutFile[] = [...files, ...webhooks];

  const wanted = new Map(all.map((f) => [f.path, f.content]));
  const stale: string[] = [];
  for (const dir of GENERATED_DIRS) {
    const abs = join(ROOT, dir);
    if (!existsSync(abs)) continue;
    for (const entry of readdirSync(abs)) {
      const rel = `${dir}/${entry}`;
      if (!wanted.has(rel) && entry.endsWith(".ts") && readFileSync(join(abs, entry), "utf8").startsWith("// Generated from")) stale.push(rel);
    }
  }
  const changed = all.filter((f) => {
    const abs = join(ROOT, f.path);
    return !existsSync(abs) || readFileSync(abs, "utf8") !== f.content;
  });

  if (check) {
    if (changed.length || stale.length) {
      console.error(`generated output is stale: ${changed.length} file(s) differ, ${stale.length} stale; run \`npm run generate\``);
      for (const f of [...changed.map((c) => c.path), ...stale].slice(0, 20)) console.error(`  ${f}`);
      return 1;
    }
    console.log(`generated output is up to date (${ops.length} functions, ${files.filter((f) => f.path.startsWith("src/models/")).length} models)`);
    return 0;
  }
  for (const f of changed) {
    const abs = join(ROOT, f.path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, f.content);
  }
  for (const rel of stale) rmSync(join(ROOT, rel));
  console.log(`generated ${ops.length} functions, ${files.filter((f) => f.path.startsWith("src/models/")).length} models; ${changed.length} file(s) written, ${stale.length} removed`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
