// npm run bench:speed
//
// Medians (mitata) of clerk-fn against its peers and floors, all in this one process:
//   1. per-call cost of usersList vs a bare fetch (and @clerk/backend, openapi-fetch) against a
//      local node:http server (own thread) serving fixed users pages of 10 and 500 users;
//   2. decoding a 500-user page: JSON.parse alone vs clerk-fn's decode step (src/core/decode.ts)
//      under each response policy (tolerant, strict, off), on a conforming and a drifting page,
//      vs zod v4 of the same shape;
//   3. networkless session verification: clerk-fn verifyToken / authenticateRequest vs
//      @clerk/backend's, jose jwtVerify with an imported key, and crypto.subtle.verify (floor);
//   4. cold import of a one-function bundle vs @clerk/backend (fresh node processes, median of N).
// Writes bench/results/speed.json and the speed section of bench/RESULTS.md.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { createClerkClient, verifyToken as clerkVerifyToken } from "@clerk/backend";
import { build } from "esbuild";
import { jwtVerify } from "jose";
import { do_not_optimize, measure } from "mitata";
import createClient from "openapi-fetch";
import { safeParse } from "valibot";
import ky from "ky";
import { ClerkCore } from "../src/core/core.js";
import type { Operation } from "../src/core/call.js";
import { decode as decodeAnswer } from "../src/core/decode.js";
import { request as rawRequest } from "../src/core/request.js";
import { conforms } from "../src/core/schemas.js";
import { array } from "../src/core/shape.js";
import { toValibot } from "../src/core/valibot.js";
import { usersList } from "../src/funcs/usersList.js";
import { User } from "../src/models/user.js";
import { BUILD_OPTIONS, functionApp, moduleExports, ROOT, type App } from "./bundle.js";
import { sessionToken, usersPage } from "./fixtures.js";
import { commit, machine, machineLine, ratio, table, versions, writeJson, writeSection } from "./report.js";
import { mirrorDifferences, ZodUserList } from "./zod-user.js";

const started = performance.now();
const SECRET = "sk_test_bench_0000000000000000000000000000000000";
const quick = process.argv.includes("--quick");
/** mitata: at least this much CPU time per figure (its default is ~0.6 s). */
const OPTS = { min_cpu_time: quick ? 150e6 : 1_500e6, max_samples: 1e9 } as const;
/** Interleaved rounds per group of figures (see `compare`). */
const ROUNDS_PER_FIGURE = quick ? 1 : 5;

interface Figure {
  readonly name: string;
  /** Median time per operation, ns (n/a: null). */
  readonly p50: number | null;
  readonly p75?: number;
  readonly p99?: number;
  readonly samples?: number;
  readonly note?: string;
}

/**
 * Measures each case in ROUNDS interleaved rounds (A B C, A B C, …) and keeps the median of all
 * samples: on a shared machine a burst of load then hits every case alike, not one of them.
 */
async function compare(cases: readonly (readonly [string, (() => unknown) | undefined, string?])[]): Promise<Figure[]> {
  const samples = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS_PER_FIGURE; round++) {
    for (const [name, fn] of cases) {
      if (!fn) continue;
      const s = await measure(fn, { ...OPTS, min_cpu_time: OPTS.min_cpu_time / ROUNDS_PER_FIGURE });
      samples.set(name, [...(samples.get(name) ?? []), ...s.samples]);
    }
  }
  return cases.map(([name, fn, note]) => {
    if (!fn) return na(name, note ?? "n/a");
    const xs = samples.get(name)!.sort((a, b) => a - b);
    const q = (p: number): number => xs[Math.min(xs.length - 1, Math.floor(p * (xs.length - 1) + 0.5))]!;
    const f = { name, p50: q(0.5), p75: q(0.75), p99: q(0.99), samples: xs.length };
    console.log(`  ${name.padEnd(58)} ${fmtTime(f.p50).padStart(10)}  (p75 ${fmtTime(f.p75)}, ${xs.length} samples)`);
    return f;
  });
}

const na = (name: string, note: string): Figure => {
  console.log(`  ${name.padEnd(58)} n/a (${note})`);
  return { name, p50: null, note };
};

function fmtTime(ns: number | null | undefined): string {
  if (ns === null || ns === undefined) return "n/a";
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(1)} µs`;
  return `${ns.toFixed(0)} ns`;
}
const opsPerSec = (ns: number | null): string => (ns ? `${Math.round(1e9 / ns).toLocaleString("en-US")}/s` : "n/a");

function assert(ok: unknown, what: string): void {
  if (!ok) throw new Error(`bench setup: ${what}`);
}

// The src/auth functions are found at run time: they may not be exported yet ("n/a" then).
type AnyFn = (...args: any[]) => Promise<any>;
async function optionalExports(rel: string, names: readonly string[]): Promise<Record<string, AnyFn | undefined>> {
  const exported = await moduleExports(rel);
  if (!names.some((n) => exported.includes(n))) return {};
  const mod = (await import(pathToFileURL(join(ROOT, rel)).href)) as Record<string, unknown>;
  return Object.fromEntries(names.map((n) => [n, typeof mod[n] === "function" ? (mod[n] as AnyFn) : undefined]));
}

const m = machine();
console.log(`bench:speed — ${machineLine(m)}${quick ? " (quick)" : ""}`);

// ---------------------------------------------------------------------------------------------
// 1. Per call against a local server.

const SMALL = 10;
const LARGE = 500;
const smallPage = JSON.stringify(usersPage(SMALL));
const largePage = JSON.stringify(usersPage(LARGE));

const server = new Worker(
  `
const { parentPort, workerData } = require("node:worker_threads");
const http = require("node:http");
const small = Buffer.from(workerData.small), large = Buffer.from(workerData.large);
const count = Buffer.from(JSON.stringify({ object: "total_count", total_count: workerData.total }));
const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://x");
  const body = url.pathname === "/v1/users/count" ? count
    : url.pathname === "/v1/users" ? (Number(url.searchParams.get("limit")) > 10 ? large : small) : null;
  if (!body) { res.writeHead(404).end(); return; }
  res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => parentPort.postMessage(server.address().port));
parentPort.on("message", () => server.close(() => process.exit(0)));
`,
  { eval: true, workerData: { small: smallPage, large: largePage, total: 1234 } },
);
const port = await new Promise<number>((resolve) => server.once("message", resolve));
const origin = `http://127.0.0.1:${port}`;

const core = new ClerkCore({ secretKey: SECRET, serverURL: `${origin}/v1` });
// The default tolerant policy walks the whole answer only when drift has somewhere to go.
const observedCore = new ClerkCore({ secretKey: SECRET, serverURL: `${origin}/v1`, hooks: { onDrift: () => undefined } });
const strictCore = new ClerkCore({ secretKey: SECRET, serverURL: `${origin}/v1`, responseValidation: "strict" });
const clerk = createClerkClient({ secretKey: SECRET, apiUrl: origin, telemetry: { disabled: true } });
/** The slice of openapi-typescript's `paths` this call uses (bench/size.ts generates the full one). */
interface Paths {
  "/users": {
    get: {
      parameters: { query?: { limit?: number } };
      responses: { 200: { content: { "application/json": unknown[] } } };
    };
  };
}
const openapi = createClient<Paths>({ baseUrl: `${origin}/v1`, headers: { Authorization: `Bearer ${SECRET}` } });
const kyHeaders = { Authorization: `Bearer ${SECRET}`, Accept: "application/json" };
const bareFetch = async (limit: number): Promise<unknown> => {
  const r = await fetch(`${origin}/v1/users?limit=${limit}`, { headers: { Authorization: `Bearer ${SECRET}`, Accept: "application/json" } });
  return r.json();
};

// Every client must really get its users before its time counts.
for (const limit of [SMALL, LARGE]) {
  const ours = await usersList(core, { limit });
  assert(ours.ok && ours.value.length === limit, `usersList(limit ${limit}) failed: ${JSON.stringify(!ours.ok && ours.error.message)}`);
  const theirs = await clerk.users.getUserList({ limit });
  assert(theirs.data.length === limit && theirs.totalCount === 1234, "@clerk/backend getUserList failed");
  const of = await openapi.GET("/users", { params: { query: { limit } } });
  assert(Array.isArray(of.data) && of.data.length === limit, "openapi-fetch GET /users failed");
  assert(((await bareFetch(limit)) as unknown[]).length === limit, "bare fetch failed");
}

const http: Record<string, Figure[]> = {};
for (const limit of [SMALL, LARGE]) {
  console.log(`1. GET /users?limit=${limit} against ${origin} (${limit === SMALL ? smallPage.length : largePage.length} bytes)`);
  http[limit] = await compare([
    ["floor: bare fetch + res.json()", () => bareFetch(limit)],
    ["clerk-fn usersList", () => usersList(core, { limit })],
    ["clerk-fn usersList, drift told (hooks.onDrift: the full check)", () => usersList(observedCore, { limit })],
    ["clerk-fn usersList, strict", () => usersList(strictCore, { limit })],
    ["@clerk/backend users.getUserList (2 requests: list + count)", () => clerk.users.getUserList({ limit })],
    ["openapi-fetch GET /users (no validation)", () => openapi.GET("/users", { params: { query: { limit } } })],
    // Where clerk-fn's time goes: ky alone with the same headers (its floor inside the pipeline),
    // and the whole pipeline with no schema (request() parses JSON and checks nothing).
    ["part: ky alone (retry 0, timeout off) + .json()", () => ky(`${origin}/v1/users?limit=${limit}`, { headers: kyHeaders, retry: 0, timeout: false }).json()],
    ["part: clerk-fn pipeline, no validation (request())", () => rawRequest(core, { method: "GET", path: "/users", query: { limit } })],
  ]);
}
server.postMessage("close");

// 1b. The same calls with an in-memory fetch (a fresh Response of the same page each call): only
// the client's own CPU, so the pipeline's cost stands out of the loopback's noise.
const memoryFetch = (body: string): typeof fetch => async () => new Response(body, { headers: { "content-type": "application/json" } });
const memory: Record<string, Figure[]> = {};
for (const limit of [SMALL, LARGE]) {
  const fetchPage = memoryFetch(limit === SMALL ? smallPage : largePage);
  const memCore = new ClerkCore({ secretKey: SECRET, fetch: fetchPage });
  const memObserved = new ClerkCore({ secretKey: SECRET, fetch: fetchPage, hooks: { onDrift: () => undefined } });
  const url = `https://api.clerk.com/v1/users?limit=${limit}`;
  console.log(`1b. GET /users?limit=${limit} with an in-memory fetch`);
  memory[limit] = await compare([
    ["floor: fetch + res.json()", async () => (await fetchPage(url, { headers: kyHeaders })).json()],
    ["clerk-fn usersList", () => usersList(memCore, { limit })],
    ["clerk-fn usersList, drift told (hooks.onDrift: the full check)", () => usersList(memObserved, { limit })],
    ["part: ky alone (retry 0, timeout off) + .json()", () => ky(url, { fetch: fetchPage, headers: kyHeaders, retry: 0, timeout: false }).json()],
    ["part: ky with its defaults + .json()", () => ky(url, { fetch: fetchPage, headers: kyHeaders }).json()],
    ["part: clerk-fn pipeline, no validation (request())", () => rawRequest(memCore, { method: "GET", path: "/users", query: { limit } })],
  ]);
}

// ---------------------------------------------------------------------------------------------
// 2. Decoding a 500-user page.

console.log(`2. decode a ${LARGE}-user page (${largePage.length} bytes of JSON)`);
const UserList = array(User);
/** The same shape as a valibot schema, for the valibot row (the SDK itself never parses with valibot). */
const ValibotUserList = toValibot(UserList);
const drift = mirrorDifferences(User);
if (drift.length) console.warn(`  warning: bench/zod-user.ts no longer mirrors src/models/user.ts:\n    ${drift.join("\n    ")}`);
const parsed: unknown = JSON.parse(largePage);
/** The non-copying structural check every conforming answer pays for (src/core/schemas.ts). */
const clerkCheck = (data: unknown): unknown => conforms(UserList, data);
assert(conforms(UserList, parsed), "the fixture page does not pass clerk-fn's fast check");
assert(safeParse(ValibotUserList, parsed).success, "the fixture page does not match toValibot(User[])");
assert(ZodUserList.safeParse(parsed).success, `the fixture page does not match the zod schema: ${ZodUserList.safeParse(parsed).error?.message}`);
// The real decode step, as call.ts runs it on a 2xx answer, once per response policy.
const listOp: Operation<unknown> = { id: "GetUserList", method: "GET", path: "/users", response: UserList };
const answer200 = new Response(null, { status: 200 });
const listContext = { operationId: "GetUserList", method: "GET", path: "/users" } as const;
const policyCore = (responseValidation: "tolerant" | "strict" | "off"): ClerkCore => new ClerkCore({ secretKey: SECRET, responseValidation });
// "told": tolerant with an onDrift hook, the one tolerant case that walks the whole answer.
const cores = {
  tolerant: policyCore("tolerant"),
  told: new ClerkCore({ secretKey: SECRET, hooks: { onDrift: () => undefined } }),
  strict: policyCore("strict"),
  off: policyCore("off"),
};
const decodeWith = (policy: keyof typeof cores, text: string): unknown => decodeAnswer(cores[policy], listOp, {}, answer200, text, listContext);
// A page that drifted: every user lacks `banned`, which the spec requires.
const driftPage = JSON.stringify((parsed as Record<string, unknown>[]).map(({ banned: _banned, ...rest }) => rest));
for (const policy of ["tolerant", "told", "strict", "off"] as const) assert((decodeWith(policy, largePage) as { ok: boolean }).ok, `decode (${policy}) refused the fixture page`);
assert((decodeWith("told", driftPage) as { ok: boolean }).ok && !(decodeWith("strict", driftPage) as { ok: boolean }).ok, "the drifting page is not drift");
const decode = await compare([
  ["floor: JSON.parse", () => do_not_optimize(JSON.parse(largePage))],
  ["clerk-fn decode 500 users: tolerant (the default; nobody told of drift)", () => do_not_optimize(decodeWith("tolerant", largePage))],
  ["clerk-fn decode 500 users: tolerant with hooks.onDrift", () => do_not_optimize(decodeWith("told", largePage))],
  ["clerk-fn decode 500 users: strict", () => do_not_optimize(decodeWith("strict", largePage))],
  ["clerk-fn decode 500 users: off", () => do_not_optimize(decodeWith("off", largePage))],
  ["zod v4: JSON.parse + safeParse(User[])", () => do_not_optimize(ZodUserList.safeParse(JSON.parse(largePage)))],
  ["clerk-fn decode 500 drifting users: tolerant with hooks.onDrift (value + drift report)", () => do_not_optimize(decodeWith("told", driftPage))],
  ["clerk-fn decode 500 drifting users: strict (response-validation, 500 issues)", () => do_not_optimize(decodeWith("strict", driftPage))],
  ["clerk-fn: check alone (conforms)", () => do_not_optimize(clerkCheck(parsed))],
  ["zod v4: safeParse(User[]) alone", () => do_not_optimize(ZodUserList.safeParse(parsed))],
  ["valibot safeParse(toValibot(User[])) alone (for comparison)", () => do_not_optimize(safeParse(ValibotUserList, parsed))],
]);

// ---------------------------------------------------------------------------------------------
// 3. Networkless session verification.

console.log("3. networkless session-token verification (RS256, 2048-bit key)");
const session = await sessionToken();
const auth = await optionalExports("src/auth/index.ts", ["verifyToken", "authenticateRequest"]);
const authCore = new ClerkCore({ secretKey: SECRET });
const request = new Request("https://app.example.com/dashboard", { headers: { authorization: `Bearer ${session.token}` } });
const parties = [session.authorizedParty];
const clerkAuth = createClerkClient({ secretKey: SECRET, publishableKey: session.publishableKey, telemetry: { disabled: true } });
const [h, p, s] = session.token.split(".") as [string, string, string];
const signingInput = new TextEncoder().encode(`${h}.${p}`);
const signature = Buffer.from(s, "base64url");
const RS256 = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" } as const;

const verifyFns: [string, (() => Promise<unknown>) | undefined, (r: any) => boolean][] = [
  ["floor: crypto.subtle.verify (imported key, decoded bytes)", () => crypto.subtle.verify(RS256, session.publicKey, signature, signingInput), (r) => r === true],
  ["jose jwtVerify (pre-imported CryptoKey)", () => jwtVerify(session.token, session.publicKey, { algorithms: ["RS256"] }), (r) => r.payload.sub !== undefined],
  [
    "clerk-fn verifyToken (jwtKey)",
    auth.verifyToken && (() => auth.verifyToken!(authCore, session.token, { jwtKey: session.pem, authorizedParties: parties })),
    (r) => r.ok === true,
  ],
  ["@clerk/backend verifyToken (jwtKey)", () => clerkVerifyToken(session.token, { jwtKey: session.pem, authorizedParties: parties }), (r) => r.sub !== undefined],
  [
    "clerk-fn authenticateRequest (jwtKey, Bearer)",
    auth.authenticateRequest &&
      (() => auth.authenticateRequest!(authCore, request, { jwtKey: session.pem, publishableKey: session.publishableKey, authorizedParties: parties })),
    (r) => r.status === "signed-in",
  ],
  [
    "@clerk/backend authenticateRequest (jwtKey, Bearer)",
    () => clerkAuth.authenticateRequest(request, { jwtKey: session.pem, authorizedParties: parties }),
    (r) => r.status === "signed-in",
  ],
];
for (const [name, fn, ok] of verifyFns) {
  if (!fn) continue;
  const first = await fn();
  assert(ok(first), `${name} did not verify the token: ${JSON.stringify(first, (_k, v) => (v instanceof Error ? v.message : v))}`);
}
const verify = await compare(verifyFns.map(([name, fn]) => [name, fn, "not exported by src/auth/index.ts yet"] as const));

// ---------------------------------------------------------------------------------------------
// 4. Cold import: fresh node processes.

const ROUNDS = quick ? 7 : 25;
console.log(`4. cold import in a fresh node process (median of ${ROUNDS})`);
const coldDir = join(ROOT, "bench/.tmp/cold");
mkdirSync(coldDir, { recursive: true });
const authExports = await moduleExports("src/auth/index.ts");
const coldApps: App[] = [
  functionApp("clerk-fn-usersList", ["usersList"]),
  ...(authExports.includes("verifyToken")
    ? [
        {
          name: "clerk-fn-verifyToken",
          source: `import { verifyToken } from "./src/auth/index.ts";\nimport { ClerkCore } from "./src/core/core.ts";\nconst core = new ClerkCore();\nexport const run = (t, jwtKey) => verifyToken(core, t, { jwtKey });\n`,
        },
      ]
    : []),
  {
    name: "clerk-backend-bundled",
    source: `import { createClerkClient } from "@clerk/backend";\nconst clerk = createClerkClient({ secretKey: globalThis.CLERK_SECRET_KEY });\nexport const run = (p) => clerk.users.getUserList(p);\n`,
  },
];
// Bundled for Node (the platform these processes run on), otherwise as in bench:size.
await build({
  ...BUILD_OPTIONS,
  platform: "node",
  absWorkingDir: ROOT,
  entryPoints: coldApps.map((a) => ({ in: `cold:${a.name}`, out: a.name })),
  outdir: coldDir,
  outExtension: { ".js": ".mjs" },
  plugins: [
    {
      name: "cold-apps",
      setup(b) {
        b.onResolve({ filter: /^cold:/ }, (a) => ({ path: a.path.slice(5), namespace: "cold" }));
        b.onLoad({ filter: /.*/, namespace: "cold" }, (a) => ({ contents: coldApps.find((x) => x.name === a.path)!.source, resolveDir: ROOT }));
      },
    },
  ],
});
writeFileSync(
  join(coldDir, "clerk-backend-installed.mjs"),
  `import { createClerkClient } from "@clerk/backend";\nconst clerk = createClerkClient({ secretKey: globalThis.CLERK_SECRET_KEY });\nexport const run = (p) => clerk.users.getUserList(p);\n`,
);
writeFileSync(join(coldDir, "empty.mjs"), "export {};\n");
// Node loads its fetch implementation (undici) the first time a fetch global is touched; ky does
// that while it is imported (it probes \`new Request(…)\` for stream support), @clerk/backend too.
writeFileSync(join(coldDir, "fetch-globals.mjs"), "export const r = new Request(\"https://empty.invalid\");\n");
const coldTargets: [string, string][] = [
  ["floor: empty module", "empty.mjs"],
  ["floor: touch the fetch globals (Node loads undici)", "fetch-globals.mjs"],
  ["clerk-fn usersList one-function bundle", "clerk-fn-usersList.mjs"],
  ...(authExports.includes("verifyToken") ? [["clerk-fn verifyToken bundle", "clerk-fn-verifyToken.mjs"] as [string, string]] : []),
  ["@clerk/backend createClerkClient, bundled the same way", "clerk-backend-bundled.mjs"],
  ["@clerk/backend as installed (node_modules, unbundled)", "clerk-backend-installed.mjs"],
];
const probe = `const t0 = performance.now(); await import(process.argv[1]); process.stdout.write(String(performance.now() - t0));`;
const env = { ...process.env };
delete env.NODE_COMPILE_CACHE;
delete env.NODE_OPTIONS;
const importMs: Record<string, number[]> = {};
const processMs: Record<string, number[]> = {};
for (let round = 0; round < ROUNDS + 1; round++) {
  // Rotating order so no target always runs right after another; round 0 warms the disk cache.
  for (let i = 0; i < coldTargets.length; i++) {
    const [name, file] = coldTargets[(i + round) % coldTargets.length]!;
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", probe, pathToFileURL(join(coldDir, file)).href], { env, encoding: "utf8" });
    const wall = performance.now() - t0;
    assert(r.status === 0, `${file} failed to import: ${r.stderr}`);
    if (round === 0) continue;
    (importMs[name] ??= []).push(Number(r.stdout));
    (processMs[name] ??= []).push(wall);
  }
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const cold = coldTargets.map(([name, file]) => {
  const f = { name, file, importMs: median(importMs[name]!), processMs: median(processMs[name]!), rounds: ROUNDS };
  console.log(`  ${name.padEnd(58)} import ${f.importMs.toFixed(1)} ms, process ${f.processMs.toFixed(1)} ms`);
  return f;
});

// ---------------------------------------------------------------------------------------------
// Report

const v = versions(["ky", "valibot", "jose", "zod", "@clerk/backend", "openapi-fetch", "mitata", "esbuild"]);
const date = new Date().toISOString();
const seconds = (performance.now() - started) / 1000;
writeJson("bench/results/speed.json", {
  command: "npm run bench:speed",
  date,
  commit: commit(),
  machine: m,
  versions: v,
  unit: "ns per operation (median of mitata samples); cold: ms (median of fresh processes)",
  seconds: Math.round(seconds),
  http: { server: "node:http on 127.0.0.1 in a worker thread, keep-alive, fixed JSON pages", pages: { [SMALL]: smallPage.length, [LARGE]: largePage.length }, figures: http },
  memory: { fetch: "in-memory: a fresh Response of the same page per call", figures: memory },
  decode: { users: LARGE, bytes: largePage.length, zodMirrorDrift: drift, figures: decode },
  verify: { token: "RS256 session token (2048-bit key), jwtKey PEM, authorizedParties set", figures: verify },
  cold: { rounds: ROUNDS, figures: cold },
});

const p50 = (list: Figure[], prefix: string): number | null => list.find((f) => f.name.startsWith(prefix))?.p50 ?? null;
const r = (a: number | null, b: number | null): string => ratio(a ?? undefined, b ?? undefined);

const overFloor = (figures: Record<string, Figure[]>) => (limit: number): string[][] => {
  const list = figures[limit]!;
  const floor = p50(list, "floor");
  return list.map((f) => [
    `${limit} users: ${f.name}`,
    fmtTime(f.p50),
    f.p50 !== null && floor !== null && !f.name.startsWith("floor") ? `${f.p50 >= floor ? "+" : "−"}${fmtTime(Math.abs(f.p50 - floor))}` : "",
    f.name.startsWith("clerk-fn") && p50(list, "@clerk") !== null ? `${r(f.p50, p50(list, "@clerk"))} of @clerk/backend, ${r(f.p50, p50(list, "openapi"))} of openapi-fetch` : "",
    r(f.p50, floor),
  ]);
};
const httpRows = [SMALL, LARGE].flatMap(overFloor(http));
const memoryRows = [SMALL, LARGE].flatMap(overFloor(memory));
const decFloor = p50(decode, "floor");
const decodeRows = decode.map((f) => [
  f.name,
  fmtTime(f.p50),
  /^clerk-fn decode 500 users: (tolerant|strict)/.test(f.name) ? `${r(f.p50, p50(decode, "zod v4: JSON"))} of zod` : f.name.startsWith("clerk-fn: check") || f.name.startsWith("valibot") ? `${r(f.p50, p50(decode, "zod v4: safeParse"))} of zod` : "",
  r(f.p50, decFloor),
]);
const vFloor = p50(verify, "floor");
const verifyRows = verify.map((f) => [
  f.name,
  fmtTime(f.p50),
  opsPerSec(f.p50),
  f.name.startsWith("clerk-fn verifyToken")
    ? `${r(f.p50, p50(verify, "@clerk/backend verifyToken"))} of @clerk/backend, ${r(f.p50, p50(verify, "jose"))} of jose`
    : f.name.startsWith("clerk-fn authenticateRequest")
      ? `${r(f.p50, p50(verify, "@clerk/backend authenticateRequest"))} of @clerk/backend`
      : "",
  r(f.p50, vFloor),
]);
const coldFloor = cold[0]!;
const coldBackend = cold.find((c) => c.name.startsWith("@clerk/backend createClerkClient"))!;
const coldRows = cold.map((c) => [
  c.name,
  `${c.importMs.toFixed(1)} ms`,
  `${c.processMs.toFixed(1)} ms`,
  c.name.startsWith("clerk-fn") ? `${ratio(c.importMs, coldBackend.importMs)} of @clerk/backend bundled` : "",
  c === coldFloor ? "" : `+${(c.processMs - coldFloor.processMs).toFixed(1)} ms`,
]);

const md = `## Speed

\`npm run bench:speed\` · ${date.slice(0, 10)} · commit ${commit()} · ${machineLine(m)} · ${seconds.toFixed(0)} s

Medians of mitata ${v.mitata} samples (≥ ${OPTS.min_cpu_time / 1e9} s of CPU per figure, taken in ${ROUNDS_PER_FIGURE} rounds
interleaved with its peers so load bursts hit all alike), all peers in the same process; lower is better. Ratios: time of the row ÷ time of the peer or floor (×1.00 = as fast).
Versions: ${Object.entries(v)
  .map(([k, x]) => `${k} ${x}`)
  .join(", ")}. The machine is shared (other jobs may run): compare rows of one run, not runs.

### 1. Per call: GET /users against a local server

node:http on 127.0.0.1 in a worker thread (keep-alive), fixed pages of ${SMALL} users
(${(smallPage.length / 1024).toFixed(1)} KB) and ${LARGE} users (${(largePage.length / 1024).toFixed(0)} KB). Each client gets and decodes
the page; clerk-fn also validates it. @clerk/backend's \`getUserList\` sends two requests
(\`/users\` and \`/users/count\`) and builds class instances; openapi-fetch only parses JSON.
clerk-fn's first attempt is one plain \`fetch\`; ky's retry loop takes over only for a retry or
when a request hook is set. The \`part:\` rows: ky alone (what each attempt through ky costs: it
builds, merges and clones a \`Request\` per attempt), and the whole pipeline without a schema
(\`request()\`). Under the default \`tolerant\` policy the answer is walked only when drift is told
somewhere (\`hooks.onDrift\` or \`debugLogger.warn\`), as in the "drift told" row; \`strict\` always walks it.

${table(["call", "median", "over floor", "clerk-fn vs peer", "vs floor"], httpRows)}

### 1b. The same calls with an in-memory fetch

Each call gets a fresh \`Response\` of the same page from an in-memory \`fetch\`: no socket, no
server thread, only the client's CPU, so the pipeline's own cost stands out of the loopback's
noise on a shared machine.

${table(["call", "median", "over floor", "", "vs floor"], memoryRows)}

### 2. Decoding a ${LARGE}-user page (${(largePage.length / 1024).toFixed(0)} KB of JSON)

The rows "clerk-fn decode" run the decode step itself (src/core/decode.ts, as call.ts runs it) under
each \`responseValidation\` policy. The default, tolerant with nobody to tell drift to
(no \`hooks.onDrift\`, no \`debugLogger.warn\`), is \`JSON.parse\` and a check of the top-level
kind: walking the rest would change nothing a caller sees. tolerant with \`onDrift\` and strict
share one path for a conforming page: \`JSON.parse\`, then \`conforms\` (src/core/schemas.ts), a
non-copying walk of the generated structural \`User[]\` shape (src/core/shape.ts) that returns the
parsed JSON as it is; off is \`JSON.parse\` only. Only a page that differs pays for the walk that
names each difference (path and JSON types): tolerant then returns the page and tells the drift
once, strict returns \`response-validation\`. The zod v4
schema (bench/zod-user.ts) is written by hand with the same rules (loose objects, exact optionals,
nullables, open tagged unions).

${table(["decode", "median", "clerk-fn vs zod", "vs JSON.parse"], decodeRows)}

### 3. Networkless session verification

A Clerk-shaped RS256 session token, verified with the PEM public key (\`jwtKey\`) and
\`authorizedParties\`; \`authenticateRequest\` reads it from \`Authorization: Bearer\`. The floor is
\`crypto.subtle.verify\` alone on pre-decoded bytes with an imported key.

${table(["verification", "median", "ops/s", "clerk-fn vs peer", "vs floor"], verifyRows)}

### 4. Cold import (fresh \`node\` process per sample, median of ${ROUNDS})

\`import\` = time of \`await import(file)\` inside the process (load, compile, evaluate, which
includes creating the client); \`process\` = spawn to exit. Bundles: esbuild, ESM, minified,
\`platform: node\`.

${table(["module", "import", "process", "vs peer", "over floor (process)"], coldRows)}
`;
writeSection("speed", md);
console.log(`wrote bench/results/speed.json and bench/RESULTS.md (${seconds.toFixed(0)} s)`);
