// Applies an OpenAPI Overlay 1.0 document (bracket-notation JSONPath targets only, which is all
// that Clerk's and our overlays use) to a parsed spec, in place. Unknown targets fail loudly so
// a fix that no longer applies to a new spec is noticed instead of silently skipped.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

interface Action {
  target: string;
  update?: unknown;
  remove?: boolean;
  "x-why"?: string;
}

function parseTarget(target: string): string[] {
  if (!target.startsWith("$")) throw new Error(`overlay target must start with $: ${target}`);
  const keys: string[] = [];
  const re = /\[\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*\]/gy;
  re.lastIndex = 1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(target))) keys.push(m[1] ?? m[2]!);
  if (re.lastIndex !== 0 && re.lastIndex !== target.length) throw new Error(`unsupported overlay target: ${target}`);
  return keys;
}

function merge(into: any, update: any): any {
  if (typeof update !== "object" || update === null || Array.isArray(update)) return update;
  const out = typeof into === "object" && into !== null && !Array.isArray(into) ? into : {};
  for (const [k, v] of Object.entries(update)) out[k] = merge(out[k], v);
  return out;
}

export function applyOverlay(spec: any, overlayPath: string): string[] {
  const overlay = parse(readFileSync(overlayPath, "utf8")) as { actions: Action[] };
  const applied: string[] = [];
  for (const action of overlay.actions) {
    const keys = parseTarget(action.target);
    const last = keys.pop()!;
    let parent = spec;
    for (const key of keys) {
      parent = parent?.[key];
      if (parent === undefined) throw new Error(`overlay target not found: ${action.target}`);
    }
    if (action.remove) {
      if (!(last in parent)) throw new Error(`overlay target not found: ${action.target}`);
      delete parent[last];
    } else {
      if (!(last in parent)) throw new Error(`overlay target not found: ${action.target}`);
      parent[last] = merge(parent[last], action.update);
    }
    applied.push(action.target);
  }
  return applied;
}
