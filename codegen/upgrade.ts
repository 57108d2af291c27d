// `npm run spec:upgrade <path | commit> [--out <dir>] [--report <file>]`: regenerate from a newer
// Backend API spec and say what changed against the pinned one — operations, request fields and
// response fields added, removed or changed — so an upgrade is read as a short report, not as a
// diff of 400 generated files. Clerk changes the spec under the same version name, so this is how
// a new commit of clerk/openapi-specs is taken in. The spec itself is never copied into the repo:
// a commit is downloaded into the git-ignored cache, a path is read where it is.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { generate } from "./generate.ts";
import type { ApiModel, OperationModel } from "./model.ts";
import { applyOverlay } from "./overlay.ts";
import { fieldCode, flatten, objectProps, refName, type Components } from "./schema.ts";
import { BAPI, loadSpec, ROOT } from "./spec.ts";

export interface FieldChange {
  readonly field: string;
  readonly from?: string;
  readonly to?: string;
}

export interface OperationChange {
  readonly id: string;
  readonly name: string;
  /** `METHOD /path`, or the old → new when it moved. */
  readonly route: string;
  readonly request: readonly FieldChange[];
  readonly response: readonly FieldChange[];
  readonly other: readonly string[];
}

export interface SchemaChange {
  readonly name: string;
  readonly fields: readonly FieldChange[];
}

export interface ChangeReport {
  readonly added: readonly { id: string; name: string; route: string }[];
  readonly removed: readonly { id: string; name: string; route: string }[];
  readonly changed: readonly OperationChange[];
  readonly schemasAdded: readonly string[];
  readonly schemasRemoved: readonly string[];
  readonly schemasChanged: readonly SchemaChange[];
}

const route = (o: OperationModel): string => `${o.method} ${o.path}`;

/** Field → code (type letter, `!` required, `?` nullable) of a map of fields. */
function diffFields(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [field, from] of before) {
    const to = after.get(field);
    if (to === undefined) out.push({ field, from });
    else if (to !== from) out.push({ field, from, to });
  }
  for (const [field, to] of after) if (!before.has(field)) out.push({ field, to });
  return out;
}

const requestFields = (o: OperationModel): Map<string, string> => new Map(o.fields.map((f) => [`${f.in}:${f.name}`, f.code]));

/** Top-level fields of a response (items of an array answer), `data[].` for envelopes' items. */
function responseFields(schema: any, comps: Components): Map<string, string> {
  const out = new Map<string, string>();
  if (!schema) return out;
  const resolved = schema.$ref ? flatten(comps.schemas[refName(schema.$ref)], comps) : flatten(schema, comps);
  const target = resolved?.type === "array" ? resolved.items : schema;
  const props = objectProps(target, comps);
  if (!props) {
    out.set("(body)", fieldCode(schema, comps, true));
    return out;
  }
  for (const [k, p] of Object.entries<any>(props.props)) out.set(k, fieldCode(p, comps, props.required.has(k)));
  return out;
}

/** What changed from the model of one spec to the model of another. */
export function diffModels(before: ApiModel, after: ApiModel): ChangeReport {
  const old = new Map(before.operations.map((o) => [o.id, o]));
  const next = new Map(after.operations.map((o) => [o.id, o]));
  const added = after.operations.filter((o) => !old.has(o.id)).map((o) => ({ id: o.id, name: o.name, route: route(o) }));
  const removed = before.operations.filter((o) => !next.has(o.id)).map((o) => ({ id: o.id, name: o.name, route: route(o) }));
  const changed: OperationChange[] = [];
  for (const o of before.operations) {
    const n = next.get(o.id);
    if (!n) continue;
    const other: string[] = [];
    if (n.name !== o.name) other.push(`renamed ${o.name} → ${n.name}`);
    if (route(n) !== route(o)) other.push(`moved ${route(o)} → ${route(n)}`);
    if (n.response.kind !== o.response.kind || n.response.status !== o.response.status) other.push(`answers ${o.response.status} ${o.response.kind} → ${n.response.status} ${n.response.kind}`);
    if (n.paginated !== o.paginated) other.push(n.paginated ? "takes paginated" : "no longer takes paginated");
    if (n.deprecated !== o.deprecated) other.push(n.deprecated ? "deprecated" : "no longer deprecated");
    const gone = o.statuses.filter((s) => !n.statuses.includes(s));
    const fresh = n.statuses.filter((s) => !o.statuses.includes(s));
    if (gone.length || fresh.length) other.push(`error statuses ${[...fresh.map((s) => `+${s}`), ...gone.map((s) => `-${s}`)].join(" ")}`);
    const request = diffFields(requestFields(o), requestFields(n));
    const response = diffFields(responseFields(o.response.schema, before.comps), responseFields(n.response.schema, after.comps));
    if (other.length || request.length || response.length) changed.push({ id: o.id, name: n.name, route: route(n), request, response, other });
  }
  const schemasBefore = new Map(before.schemas.map((s) => [s.specName, s]));
  const schemasAfter = new Map(after.schemas.map((s) => [s.specName, s]));
  const schemasChanged: SchemaChange[] = [];
  for (const [name, s] of schemasBefore) {
    const t = schemasAfter.get(name);
    if (!t) continue;
    const fields = diffFields(responseFields({ $ref: `#/components/schemas/${s.name}` }, before.comps), responseFields({ $ref: `#/components/schemas/${t.name}` }, after.comps));
    if (fields.length) schemasChanged.push({ name, fields });
  }
  return {
    added,
    removed,
    changed,
    schemasAdded: [...schemasAfter.keys()].filter((n) => !schemasBefore.has(n)),
    schemasRemoved: [...schemasBefore.keys()].filter((n) => !schemasAfter.has(n)),
    schemasChanged,
  };
}

const fieldLine = (c: FieldChange): string =>
  c.from === undefined ? `added \`${c.field}\` (${c.to})` : c.to === undefined ? `removed \`${c.field}\` (${c.from})` : `changed \`${c.field}\` ${c.from} → ${c.to}`;

/** The report as Markdown. Field codes: s string, i integer, n number, b boolean, o object, a array, f file; `!` required, `?` nullable. */
export function renderReport(r: ChangeReport, source: string): string {
  const lines = [`# Spec upgrade report`, "", `From the pinned ${BAPI.file} to ${source}.`, ""];
  lines.push(`Operations: ${r.added.length} added, ${r.removed.length} removed, ${r.changed.length} changed. Schemas: ${r.schemasAdded.length} added, ${r.schemasRemoved.length} removed, ${r.schemasChanged.length} changed.`, "");
  lines.push("Field codes: s string, i integer, n number, b boolean, o object, a array, f file; `!` required, `?` nullable. Request fields are `path:`, `query:` or `body:`.", "");
  if (r.added.length) lines.push("## Operations added", "", ...r.added.map((o) => `- \`${o.name}\` (${o.id}) ${o.route}`), "");
  if (r.removed.length) lines.push("## Operations removed", "", ...r.removed.map((o) => `- \`${o.name}\` (${o.id}) ${o.route}`), "");
  if (r.changed.length) {
    lines.push("## Operations changed", "");
    for (const c of r.changed) {
      lines.push(`- \`${c.name}\` (${c.id}) ${c.route}`);
      for (const o of c.other) lines.push(`  - ${o}`);
      for (const f of c.request) lines.push(`  - request: ${fieldLine(f)}`);
      for (const f of c.response) lines.push(`  - response: ${fieldLine(f)}`);
    }
    lines.push("");
  }
  if (r.schemasAdded.length) lines.push("## Schemas added", "", ...r.schemasAdded.map((s) => `- ${s}`), "");
  if (r.schemasRemoved.length) lines.push("## Schemas removed", "", ...r.schemasRemoved.map((s) => `- ${s}`), "");
  if (r.schemasChanged.length) {
    lines.push("## Schemas changed", "");
    for (const s of r.schemasChanged) lines.push(`- ${s.name}: ${s.fields.map(fieldLine).join("; ")}`);
    lines.push("");
  }
  return lines.join("\n");
}

/** The model of a spec file as the generator builds it (overlay and facts applied). */
async function modelOf(path?: string): Promise<{ spec: any; built: ReturnType<typeof generate> }> {
  const spec = await loadSpec(BAPI, path);
  applyOverlay(spec, join(ROOT, "codegen", "overlay.yml"));
  return { spec, built: generate(spec) };
}

/** A spec named by path, or by a commit of clerk/openapi-specs (downloaded into the git-ignored cache). */
async function resolveSource(arg: string): Promise<string> {
  if (!/^[0-9a-f]{7,40}$/i.test(arg)) return isAbsolute(arg) ? arg : resolve(process.cwd(), arg);
  const url = `https://raw.githubusercontent.com/clerk/openapi-specs/${arg}/${BAPI.upstreamPath}`;
  const res = await fetch(url).catch((e: unknown) => {
    throw new Error(`could not download ${url} (${e instanceof Error ? e.message : String(e)}); offline, pass the path of a spec file instead`);
  });
  if (!res.ok) throw new Error(`download of ${url} failed: ${res.status}`);
  const file = join(ROOT, ".cache", "openapi", `bapi-${arg}.yml`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await res.text());
  return file;
}

export interface UpgradeResult {
  readonly report: ChangeReport;
  readonly markdown: string;
  readonly written: number;
}

/** Regenerate into `outDir` (default: the repo) from `source` and report against the pinned spec. */
export async function upgrade(source: string, outDir: string = ROOT): Promise<UpgradeResult> {
  const before = await modelOf();
  const after = await modelOf(source);
  const report = diffModels(before.built.model, after.built.model);
  for (const f of after.built.files) {
    const abs = join(outDir, f.path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, f.content);
  }
  return { report, markdown: renderReport(report, source), written: after.built.files.length };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const positional = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
  if (positional.length !== 1) {
    console.error("usage: npm run spec:upgrade -- <spec file | clerk/openapi-specs commit> [--out <dir>] [--report <file>]");
    return 2;
  }
  const source = await resolveSource(positional[0]!);
  const out = option("--out");
  const result = await upgrade(source, out ? resolve(out) : ROOT);
  const reportPath = resolve(option("--report") ?? join(ROOT, ".cache", "spec-upgrade-report.md"));
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, result.markdown);
  console.log(result.markdown);
  console.log(`${result.written} files regenerated into ${out ?? "the repo"}; report written to ${reportPath}.`);
  console.log("To adopt the new spec, pin its sha256 in codegen/spec.ts and run the tests.");
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
