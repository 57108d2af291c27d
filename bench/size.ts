// npm run bench:size [-- --tighten-budgets]
//
// Bundle size of every generated function alone with ClerkCore, of the auth / webhook apps, of
// the whole SDK, and of the peers (Clerk's own @clerk/backend, openapi-fetch + openapi-typescript,
// jose) and the floors (a bare fetch, bare WebCrypto) — all in one run, one esbuild build, the same
// settings (ESM, minified, browser platform, es2022). Writes bench/results/size.json and the size
// section of bench/RESULTS.md. With --tighten-budgets, lowers (never raises) bench/budgets.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import openapiTS, { astToString } from "openapi-typescript";
import { BAPI, specPath } from "../codegen/spec.js";
import {
  adapterApps,
  authApps,
  BUILD_OPTIONS,
  bundleApps,
  functionApp,
  functionNames,
  gzipSize,
  inputGroups,
  KB,
  peerApps,
  ROOT,
  splitBuild,
  wholeSdkApp,
  type App,
  type Bundle,
  type Sizes,
} from "./bundle.js";
import { checkBudgets, readBudgets, roundBudget, type Budgets } from "./budgets.js";
import { commit, kb, machine, machineLine, ratio, table, versions, writeJson, writeSection } from "./report.js";

const started = performance.now();
const BASE = "usersList";
const OPENAPI_TYPES = "bench/.tmp/bapi.d.ts";

// 1. Types for the openapi-fetch peer, generated from the pinned spec (never copied into the repo).
async function generateOpenapiTypes(): Promise<number> {
  const t = performance.now();
  const ast = await openapiTS(pathToFileURL(await specPath(BAPI)), { silent: true });
  mkdirSync(join(ROOT, "bench/.tmp"), { recursive: true });
  writeFileSync(join(ROOT, OPENAPI_TYPES), astToString(ast));
  return performance.now() - t;
}

// 2. The apps.
const names = functionNames();
const single = (n: string): string => `fn:${n}`;
const pair = (n: string): string => `pair:${n}`;
const auth = await authApps();
const peers = peerApps(OPENAPI_TYPES);
const adapters = adapterApps();
const apps: App[] = [
  ...names.map((n) => functionApp(single(n), [n])),
  ...names.filter((n) => n !== BASE).map((n) => functionApp(pair(n), [BASE, n])),
  wholeSdkApp("clerk-fn whole SDK (funcs/index)"),
  ...auth.apps,
  ...adapters,
  ...peers,
  // What the usersList app is made of, measured rather than estimated (gzip is not additive).
  { name: "part: ky alone", source: `import ky from "ky";\nexport const run = (url, options) => ky(url, options);\n` },
  {
    name: "part: User shape + check alone",
    source: `import { array } from "./src/core/shape.ts";\nimport { conforms } from "./src/core/schemas.ts";\nimport { User } from "./src/models/user.ts";\nconst s = array(User);\nexport const run = (data) => conforms(s, data);\n`,
  },
  { name: "part: jose importSPKI + compactVerify", source: `import { compactVerify, importSPKI } from "jose";\nexport const run = async (t, pem) => compactVerify(t, await importSPKI(pem, "RS256"), { algorithms: ["RS256"] });\n` },
];

/** ky replaced by a 3-line fetch stand-in: what the usersList app costs without ky. */
const kyStub: Plugin = {
  name: "ky-stub",
  setup(b) {
    b.onResolve({ filter: /^ky$/ }, () => ({ path: "ky", namespace: "ky-stub" }));
    b.onLoad({ filter: /.*/, namespace: "ky-stub" }, () => ({
      contents: "export default (u, o) => fetch(u, o);\nexport class HTTPError extends Error {}\nexport class TimeoutError extends Error {}\n",
      loader: "js",
    }));
  },
};

/** Each app built with chunk splitting (bench/bundle.ts `splitBuild`): eager and all-chunk gzip. */
async function eagerWithSplitting(list: readonly App[]): Promise<Record<string, { eager: number; all: number }>> {
  const out: Record<string, { eager: number; all: number }> = {};
  for (const app of list) {
    const { eager, all } = await splitBuild(app, "bench/.tmp/split");
    out[app.name] = { eager, all };
  }
  return out;
}

const [typesMs, bundles, withoutKy, split] = await Promise.all([
  generateOpenapiTypes(),
  // brotli (quality 11) costs ~0.1 s of CPU per bundle: measured for every app but the pairs.
  bundleApps(apps, { brotli: (name) => !name.startsWith("pair:") }),
  bundleApps([functionApp(`part: ${BASE} app with ky stubbed out`, [BASE])], { extra: { plugins: [kyStub] } }),
  eagerWithSplitting([functionApp("clerk-fn ClerkCore + usersList", [BASE]), ...auth.apps.filter((a) => a.name !== "clerk-fn verifyWebhook")]),
]);
for (const [k, v] of withoutKy) bundles.set(k, v);

// 3. Figures.
const sizes = (name: string): Sizes | undefined => bundles.get(name)?.sizes;
const fn: Record<string, Sizes & { plusOneGzip?: number }> = {};
const base = sizes(single(BASE))!;
for (const n of names) {
  const s = sizes(single(n))!;
  const p = n === BASE ? undefined : sizes(pair(n))!.gzip - base.gzip;
  fn[n] = p === undefined ? { ...s } : { ...s, plusOneGzip: p };
}
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))]!;
};
const gz = names.map((n) => fn[n]!.gzip);
const deltas = names.filter((n) => n !== BASE).map((n) => fn[n]!.plusOneGzip!);
const largest = names.reduce((a, b) => (fn[b]!.gzip > fn[a]!.gzip ? b : a));
const smallest = names.reduce((a, b) => (fn[b]!.gzip < fn[a]!.gzip ? b : a));
const bigDelta = names.filter((n) => n !== BASE).reduce((a, b) => (fn[b]!.plusOneGzip! > fn[a]!.plusOneGzip! ? b : a));

const APP_NAMES = {
  usersList: single(BASE),
  "usersList + usersGet": pair("usersGet"),
  "verifyToken+jwtKey": "clerk-fn verifyToken+jwtKey",
  authenticateRequest: "clerk-fn authenticateRequest",
  "authenticateRequest+handshake": "clerk-fn authenticateRequest+handshake",
  verifyWebhook: "clerk-fn verifyWebhook",
  wholeSdk: "clerk-fn whole SDK (funcs/index)",
} as const;
const appSizes = Object.fromEntries(Object.entries(APP_NAMES).map(([k, v]) => [k, sizes(v) ?? null]));
const adapterSizes = Object.fromEntries(adapters.map((a) => [a.name, sizes(a.name)!]));
const peerSizes = Object.fromEntries(peers.map((p) => [p.name, sizes(p.name)!]));
const partSizes = Object.fromEntries([...bundles.keys()].filter((k) => k.startsWith("part: ")).map((k) => [k.slice(6), sizes(k)!]));
const breakdown = (name: string): Record<string, number> | null => {
  const b: Bundle | undefined = bundles.get(name);
  return b ? inputGroups(b.inputs) : null;
};

const budgets: Budgets = readBudgets();
const measured = {
  usersList: base.gzip,
  "verifyToken+jwtKey": sizes(APP_NAMES["verifyToken+jwtKey"])?.gzip,
  authenticateRequest: sizes(APP_NAMES.authenticateRequest)?.gzip,
  "authenticateRequest+handshake": sizes(APP_NAMES["authenticateRequest+handshake"])?.gzip,
  verifyWebhook: sizes(APP_NAMES.verifyWebhook)?.gzip,
  maxSingleFunction: fn[largest]!.gzip,
  usersListEager: split["clerk-fn ClerkCore + usersList"]?.eager,
};
let budgetRows = checkBudgets(budgets, measured);

const tighten = process.argv.includes("--tighten-budgets");
if (tighten) {
  const next = structuredClone(budgets);
  for (const row of budgetRows) {
    if (row.measured === undefined) continue;
    const target = Math.min(roundBudget(row.measured), budgets.overCap?.[row.key] ? Infinity : (row.cap ?? Infinity));
    if (target < row.budget) next.gzip[row.key as keyof Budgets["gzip"]] = target;
  }
  writeFileSync(join(ROOT, "bench/budgets.json"), JSON.stringify(next, null, 2) + "\n");
  budgetRows = checkBudgets(next, measured);
}

const m = machine();
const date = new Date().toISOString();
const v = versions(["esbuild", "ky", "valibot", "jose", "@clerk/backend", "@clerk/shared", "openapi-fetch", "openapi-typescript", "typescript"]);
const seconds = (performance.now() - started) / 1000;

writeJson("bench/results/size.json", {
  command: "npm run bench:size",
  date,
  commit: commit(),
  machine: m,
  versions: v,
  settings: { ...BUILD_OPTIONS, gzip: "zlib level 9", brotli: "quality 11, text mode", kb: KB },
  seconds: Math.round(seconds * 10) / 10,
  openapiTypesMs: Math.round(typesMs),
  missing: auth.missing,
  apps: appSizes,
  adapters: adapterSizes,
  peers: peerSizes,
  parts: partSizes,
  splittingGzip: split,
  functions: {
    count: names.length,
    gzip: { min: Math.min(...gz), median: quantile(gz, 0.5), p90: quantile(gz, 0.9), max: Math.max(...gz), smallest, largest },
    plusOneGzip: { base: BASE, min: Math.min(...deltas), median: quantile(deltas, 0.5), p90: quantile(deltas, 0.9), max: Math.max(...deltas), largest: bigDelta },
    each: fn,
  },
  breakdownMinifiedBytes: {
    usersList: breakdown(single(BASE)),
    "verifyToken+jwtKey": breakdown(APP_NAMES["verifyToken+jwtKey"]),
    authenticateRequest: breakdown(APP_NAMES.authenticateRequest),
    "authenticateRequest+handshake": breakdown(APP_NAMES["authenticateRequest+handshake"]),
    verifyWebhook: breakdown(APP_NAMES.verifyWebhook),
    wholeSdk: breakdown(APP_NAMES.wholeSdk),
  },
  budgets: budgetRows,
});

// 4. RESULTS.md
const row = (label: string, s: Sizes | undefined | null, ...extra: string[]): string[] =>
  s ? [label, kb(s.raw), kb(s.gzip), s.brotli === undefined ? "–" : kb(s.brotli), ...extra] : [label, "n/a", "n/a", "n/a", ...extra.map(() => "n/a")];
const floorFetch = peerSizes["floor: bare fetch GET /users"]!.gzip;
const cbUsers = peerSizes["@clerk/backend users.getUserList"]!.gzip;
const ofUsers = peerSizes["openapi-fetch GET /users"]!.gzip;
const cbVerify = peerSizes["@clerk/backend verifyToken+jwtKey"]!.gzip;
const cbAuth = peerSizes["@clerk/backend authenticateRequest"]!.gzip;
const cbWebhook = peerSizes["@clerk/backend verifyWebhook"]!.gzip;
const joseVerify = peerSizes["jose jwtVerify+importSPKI"]!.gzip;
const floorVerify = peerSizes["floor: bare WebCrypto RS256 verify"]!.gzip;
const g = (k: keyof typeof APP_NAMES): number | undefined => sizes(APP_NAMES[k])?.gzip;

const groupsLine = (name: string): string => {
  const b = breakdown(name);
  if (!b) return "n/a";
  const total = Object.values(b).reduce((a, x) => a + x, 0);
  return Object.entries(b)
    .slice(0, 8)
    .map(([k, x]) => `${k} ${kb(x)} (${Math.round((x / total) * 100)}%)`)
    .join(", ");
};

const md = `## Size

\`npm run bench:size\` · ${date.slice(0, 10)} · commit ${commit()} · ${machineLine(m)} · ${seconds.toFixed(0)} s for ${bundles.size} bundles

Each app is a tiny ESM entry that imports what a user imports and calls it, bundled by esbuild
${v.esbuild} alone (\`bundle\`, \`format: esm\`, \`platform: browser\`, \`target: es2022\`, \`minify\`), then
compressed with node:zlib (gzip level 9, brotli quality 11). Versions: ${Object.entries(v)
  .map(([k, x]) => `${k} ${x}`)
  .join(", ")}.

### Apps and peers

${table(
  ["app", "min", "gzip", "brotli", "gzip vs peer", "gzip vs floor"],
  [
    row("clerk-fn: ClerkCore + usersList", base, ratio(base.gzip, cbUsers) + " of @clerk/backend, " + ratio(base.gzip, ofUsers) + " of openapi-fetch", ratio(base.gzip, floorFetch)),
    row("clerk-fn: + one more function (usersGet)", sizes(pair("usersGet")), `+${sizes(pair("usersGet"))!.gzip - base.gzip} B`, ""),
    row("clerk-fn: verifyToken + jwtKey", sizes(APP_NAMES["verifyToken+jwtKey"]), ratio(g("verifyToken+jwtKey"), cbVerify) + " of @clerk/backend, " + ratio(g("verifyToken+jwtKey"), joseVerify) + " of jose", ratio(g("verifyToken+jwtKey"), floorVerify)),
    row("clerk-fn: authenticateRequest", sizes(APP_NAMES.authenticateRequest), ratio(g("authenticateRequest"), cbAuth) + " of @clerk/backend", ratio(g("authenticateRequest"), floorVerify)),
    row("clerk-fn: authenticateRequest + handshake plug-in", sizes(APP_NAMES["authenticateRequest+handshake"]), ratio(g("authenticateRequest+handshake"), cbAuth) + " of @clerk/backend", ratio(g("authenticateRequest+handshake"), floorVerify)),
    row("clerk-fn: verifyWebhook", sizes(APP_NAMES.verifyWebhook), ratio(g("verifyWebhook"), cbWebhook) + " of @clerk/backend", ""),
    row(`clerk-fn: whole SDK (${names.length} functions via funcs/index)`, sizes(APP_NAMES.wholeSdk), ratio(g("wholeSdk"), cbUsers) + " of @clerk/backend", ""),
    ...peers.map((p) => row(p.name.startsWith("floor") ? p.name : `peer: ${p.name}`, peerSizes[p.name], "", "")),
  ],
)}
${auth.missing.length ? `\nNot measured (not exported yet): ${auth.missing.join(", ")} — n/a.\n` : ""}
Peers: \`@clerk/backend\` is measured as \`createClerkClient({ secretKey }).users.getUserList()\`
(its client object holds every resource API, so any one call costs the whole client),
\`verifyToken(token, { jwtKey })\`, \`createClerkClient(...).authenticateRequest(request, { jwtKey })\`
and \`verifyWebhook\` from \`@clerk/backend/webhooks\`. \`openapi-fetch\` makes the same \`GET /users\`
call typed by openapi-typescript ${v["openapi-typescript"]} types generated from the pinned spec into
bench/.tmp (it validates nothing and has no retries). The floors are a bare \`fetch\` + \`.json()\`
and a bare WebCrypto RS256 verify (import SPKI, verify, decode the payload).

### Adapters and the webhook handler

${table(
  ["app", "min", "gzip", "brotli", "gzip vs the core app"],
  adapters.map((a) => {
    const s = adapterSizes[a.name]!;
    const over = a.name.includes("Webhook") ? g("verifyWebhook") : a.name.includes("toFetchRequest") || a.name.includes("fastify") ? undefined : g("authenticateRequest");
    const vs = over === undefined ? "" : `+${s.gzip - over} B over ${a.name.includes("Webhook") ? "verifyWebhook" : "authenticateRequest"}`;
    return row(a.name, s, vs);
  }),
)}

No framework code is in these bundles (clerk-fn/node types Express and Fastify structurally;
clerk-fn/hono imports only Hono's types). The middleware apps use the same options as the
authenticateRequest app, so the difference is what the adapter adds.

### Per function

${names.length} functions, each bundled alone with \`ClerkCore\`: gzip min ${kb(Math.min(...gz))} (${smallest}), median
${kb(quantile(gz, 0.5))}, p90 ${kb(quantile(gz, 0.9))}, max ${kb(Math.max(...gz))} (${largest}).
Adding one more function to the usersList app costs (gzip) median ${quantile(deltas, 0.5)} B, p90
${quantile(deltas, 0.9)} B, max ${Math.max(...deltas)} B (${bigDelta}).

### What the bytes are spent on (minified bytes per input, esbuild metafile)

- usersList app: ${groupsLine(single(BASE))}
- verifyToken+jwtKey app: ${groupsLine(APP_NAMES["verifyToken+jwtKey"])}
- authenticateRequest app: ${groupsLine(APP_NAMES.authenticateRequest)}
- authenticateRequest + handshake app: ${groupsLine(APP_NAMES["authenticateRequest+handshake"])}
- verifyWebhook app: ${groupsLine(APP_NAMES.verifyWebhook)}

With code splitting (\`splitting: true\`), the gzip loaded eagerly / in all chunks: ${Object.entries(split)
  .map(([k, x]) => `${k} ${kb(x.eager)} / ${kb(x.all)}`)
  .join("; ") || "n/a"} (src/core loads ky with \`import()\` on the first retry or hooked call, and src/auth its JWKS code; only a splitting bundler turns these into separate chunks, a single-file bundle, as above, carries them).

Measured parts (each bundled alone, gzip): ${Object.entries(partSizes)
  .map(([k, s]) => `${k} ${kb(s.gzip)}`)
  .join("; ")}.

### Budgets (bench/budgets.json, checked by \`npm test\`)

${table(
  ["budget", "gzip now", "budget", "goal (issue 6)", "status"],
  budgetRows.map((r) => [r.key, kb(r.measured), kb(r.budget), r.goal === undefined ? "" : kb(r.goal), r.measured === undefined ? "n/a" : r.ok ? "ok" : "**over**"]),
)}

<details><summary>All ${names.length} functions (ClerkCore + the function; +1 = gzip added to the usersList app)</summary>

${table(
  ["function", "min", "gzip", "brotli", "+1 gzip"],
  names.map((n) => [n, String(fn[n]!.raw), String(fn[n]!.gzip), String(fn[n]!.brotli), fn[n]!.plusOneGzip === undefined ? "(base)" : String(fn[n]!.plusOneGzip)]),
)}

</details>
`;
writeSection("size", md);

console.log(`bench:size — ${bundles.size} bundles in ${seconds.toFixed(1)} s (${machineLine(m)})`);
console.log(
  table(
    ["app", "min", "gzip", "brotli"],
    [
      ...Object.entries(APP_NAMES).map(([k, name]) => row(k, sizes(name))),
      ...adapters.map((a) => row(a.name, adapterSizes[a.name])),
      ...peers.map((p) => row(p.name, peerSizes[p.name])),
      ...Object.entries(partSizes).map(([k, s]) => row(k, s)),
    ],
  ),
);
console.log(`functions gzip median ${kb(quantile(gz, 0.5))}, max ${kb(Math.max(...gz))} (${largest}); +1 function median ${quantile(deltas, 0.5)} B, max ${Math.max(...deltas)} B (${bigDelta})`);
for (const r of budgetRows) console.log(`budget ${r.key}: ${r.measured ?? "n/a"} B gzip / ${r.budget} B ${r.measured === undefined ? "n/a" : r.ok ? "ok" : "OVER"}`);
if (auth.missing.length) console.log(`n/a (not exported yet): ${auth.missing.join(", ")}`);
console.log("wrote bench/results/size.json and bench/RESULTS.md" + (tighten ? " and bench/budgets.json" : ""));
