// What every emitter shares: the output file type, the source header, and import lines.
import type { Ctx } from "../schema.ts";

export interface OutFile {
  readonly path: string;
  readonly content: string;
}

export const SPEC = "bapi-2026-05-12.yml";

/** Import lines for what `ctx` collected, sorted; `from` maps an identifier to its module. */
export function importLines(ctx: Ctx, from: (id: string) => string, self?: string): string {
  const lines: string[] = [];
  for (const [id, { value }] of [...ctx.imports].sort(([a], [b]) => a.localeCompare(b))) {
    if (id === self) continue;
    if (id === "openVariant") lines.push(`import { openVariant } from "${from("openVariant")}";`);
    else lines.push(value ? `import { ${id} } from "${from(id)}";` : `import type { ${id} } from "${from(id)}";`);
  }
  if (ctx.augment?.size) lines.push(`import type { ${[...ctx.augment].sort().join(", ")} } from "${from("augment")}";`);
  return lines.join("\n");
}
