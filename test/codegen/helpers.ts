// The model of the pinned spec as codegen builds it (spec + codegen/overlay.yml + codegen/facts.yml),
// loaded once per test file.
import { join } from "node:path";
import { generate } from "../../codegen/generate.ts";
import { applyOverlay } from "../../codegen/overlay.ts";
import { BAPI, loadSpec, ROOT } from "../../codegen/spec.ts";

let cached: Promise<ReturnType<typeof generate>> | undefined;

export function generated(): Promise<ReturnType<typeof generate>> {
  cached ??= (async () => {
    const spec = await loadSpec(BAPI);
    applyOverlay(spec, join(ROOT, "codegen", "overlay.yml"));
    return generate(spec);
  })();
  return cached;
}
