// Shared by bench/size.ts and test/bench/size-budget.test.ts: how an "app" is bundled and measured.
//
// An app is a tiny ESM entry (source text, resolved from the repo root) that imports what a user
// would import and calls it, so nothing it uses can be tree-shaken away. All apps of a run go
// through ONE esbuild build with many entry points and no code splitting: each output is linked
// and tree-shaken on its own (exactly as if bundled alone), while every module is parsed once and
// esbuild spreads the work over all cores.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip, gzipSync } from "node:zlib";
import { build, type BuildOptions, type Metafile, type Plugin } from "esbuild";

export const ROOT: string = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Bytes per KB in every figure and budget of the bench. */
export const KB = 1024;

export interface App {
  /** Unique name; also the output file name. */
  readonly name: string;
  /** ESM source of the entry; relative imports resolve from the repo root. */
  readonly source: string;
  /** `ts` when the entry uses type syntax. */
  readonly loader?: "js" | "ts";
}

export interface Sizes {
  /** Minified bytes. */
  readonly raw: number;
  /** gzip, level 9. */
  readonly gzip: number;
  /** brotli, quality 11 (only when asked for: ~0.1 s of CPU per 45 KB bundle). */
  readonly brotli?: number;
}

export interface Bundle {
  readonly name: string;
  readonly text: string;
  /** Minified bytes each input file contributes to this output (esbuild `bytesInOutput`). */
  readonly inputs: Readonly<Record<string, number>>;
  readonly sizes: Sizes;
}

/** The esbuild settings of every app: ESM, minified, browser platform (edge/worker conditions). */
export const BUILD_OPTIONS: Readonly<BuildOptions> = {
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  legalComments: "none",
  treeShaking: true,
  logLevel: "silent",
};

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** gzip level 9 of `text`, synchronously. */
export function gzipSize(text: string | Uint8Array): number {
  return gzipSync(text, { level: 9 }).length;
}

async function measure(bytes: Uint8Array, brotli: boolean): Promise<Sizes> {
  // The async zlib calls run on libuv's thread pool, so many outputs compress in parallel.
  const gz = gzipAsync(bytes, { level: 9 });
  const br = brotli
    ? brotliAsync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      })
    : undefined;
  const [g, b] = await Promise.all([gz, br]);
  return b ? { raw: bytes.length, gzip: g.length, brotli: b.length } : { raw: bytes.length, gzip: g.length };
}

const APP_PREFIX = "app:";

function appsPlugin(apps: ReadonlyMap<string, App>): Plugin {
  return {
    name: "bench-apps",
    setup(b) {
      b.onResolve({ filter: /^app:/ }, (args) => ({ path: args.path.slice(APP_PREFIX.length), namespace: "bench-app" }));
      b.onLoad({ filter: /.*/, namespace: "bench-app" }, (args) => {
        const app = apps.get(args.path)!;
        return { contents: app.source, loader: app.loader ?? "js", resolveDir: ROOT };
      });
    },
  };
}

/** Bundles every app (one esbuild build), then measures each output. */
export async function bundleApps(
  list: readonly App[],
  { brotli = true, extra = {} }: { brotli?: boolean | ((name: string) => boolean); extra?: BuildOptions } = {},
): Promise<Map<string, Bundle>> {
  const apps = new Map(list.map((a) => [a.name, a]));
  if (apps.size !== list.length) throw new Error("app names must be unique");
  const result = await build({
    ...BUILD_OPTIONS,
    ...extra,
    absWorkingDir: ROOT,
    entryPoints: list.map((a) => ({ in: APP_PREFIX + a.name, out: a.name })),
    outdir: "bench/.tmp/out",
    write: false,
    metafile: true,
    plugins: [appsPlugin(apps), ...(extra.plugins ?? [])],
  });
  const meta: Metafile = result.metafile;
  const byName = new Map<string, { text: string; bytes: Uint8Array; inputs: Record<string, number> }>();
  for (const file of result.outputFiles) {
    if (!file.path.endsWith(".js")) continue;
    const rel = file.path.slice(ROOT.length + 1).replaceAll("\\", "/");
    const out = meta.outputs[rel];
    if (!out) throw new Error(`no metafile entry for ${rel}`);
    const inputs: Record<string, number> = {};
    for (const [path, { bytesInOutput }] of Object.entries(out.inputs)) if (bytesInOutput > 0) inputs[path] = bytesInOutput;
    const name = rel.slice("bench/.tmp/out/".length, -".js".length);
    byName.set(name, { text: file.text, bytes: file.contents, inputs });
  }
  const bundles = new Map<string, Bundle>();
  await Promise.all(
    list.map(async ({ name }) => {
      const o = byName.get(name);
      if (!o) throw new Error(`no output for app ${name}`);
      bundles.set(name, { name, text: o.text, inputs: o.inputs, sizes: await measure(o.bytes, typeof brotli === "function" ? brotli(name) : brotli) });
    }),
  );
  // Keep the caller's order.
  return new Map(list.map((a) => [a.name, bundles.get(a.name)!]));
}

/** Groups a bundle's `inputs` by what they are: a package, or a folder of src/. */
export function inputGroups(inputs: Readonly<Record<string, number>>): Record<string, number> {
  const groups: Record<string, number> = {};
  for (const [path, bytes] of Object.entries(inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const key = pkg ? pkg[1]! : path.startsWith("src/") ? path.split("/").slice(0, 2).join("/") : path.startsWith("bench-app:") ? "(entry)" : path;
    groups[key] = (groups[key] ?? 0) + bytes;
  }
  return Object.fromEntries(Object.entries(groups).sort((a, b) => b[1] - a[1]));
}

// ---------------------------------------------------------------------------------------------
// The apps

/** Every generated operation function: the names of src/funcs/*.ts except the index. */
export function functionNames(): string[] {
  return readdirSync(join(ROOT, "src/funcs"))
    .filter((f) => f.endsWith(".ts") && f !== "index.ts")
    .map((f) => f.slice(0, -3))
    .sort();
}

const SECRET = "globalThis.CLERK_SECRET_KEY";

/** `ClerkCore` + one function (or several), each called. */
export function functionApp(name: string, fns: readonly string[]): App {
  const imports = fns.map((f, i) => `import { ${f} as f${i} } from "./src/funcs/${f}.ts";`).join("\n");
  const calls = fns.map((_, i) => `f${i}(core, request)`).join(", ");
  return {
    name,
    source: `import { ClerkCore } from "./src/core/core.ts";
${imports}
const core = new ClerkCore({ secretKey: ${SECRET} });
export const run = (request) => Promise.all([${calls}]);
`,
  };
}

/** Every function through the index (what `import * from "clerk-fn/funcs"` costs). */
export function wholeSdkApp(name: string): App {
  return {
    name,
    source: `import { ClerkCore } from "./src/core/core.ts";
import * as funcs from "./src/funcs/index.ts";
const core = new ClerkCore({ secretKey: ${SECRET} });
export const run = (fn, request) => funcs[fn](core, request);
`,
  };
}

/**
 * The names a module exports, found by bundling it with packages external (so `export *` chains
 * are followed without running anything). Empty when the file does not exist or does not build:
 * src/auth and src/webhooks may not be there yet, and the bench records "n/a" for them.
 */
export async function moduleExports(relPath: string): Promise<string[]> {
  if (!existsSync(join(ROOT, relPath))) return [];
  try {
    const r = await build({
      ...BUILD_OPTIONS,
      minify: false,
      absWorkingDir: ROOT,
      entryPoints: [relPath],
      outdir: "bench/.tmp/probe",
      write: false,
      metafile: true,
      packages: "external",
    });
    return Object.values(r.metafile.outputs).flatMap((o) => o.exports);
  } catch {
    return [];
  }
}

/** The apps of src/auth and src/webhooks that exist now; the others are reported missing. */
export async function authApps(): Promise<{ apps: App[]; missing: string[] }> {
  const auth = await moduleExports("src/auth/index.ts");
  const webhooks = await moduleExports("src/webhooks/index.ts");
  const apps: App[] = [];
  const missing: string[] = [];
  const core = `import { ClerkCore } from "./src/core/core.ts";\nconst core = new ClerkCore({ secretKey: ${SECRET} });\n`;
  if (auth.includes("verifyToken")) {
    apps.push({
      name: "clerk-fn verifyToken+jwtKey",
      source: `${core}import { verifyToken } from "./src/auth/index.ts";
export const run = (token) => verifyToken(core, token, { jwtKey: globalThis.CLERK_JWT_KEY });
`,
    });
  } else missing.push("clerk-fn verifyToken+jwtKey");
  if (auth.includes("authenticateRequest")) {
    apps.push({
      name: "clerk-fn authenticateRequest",
      source: `${core}import { authenticateRequest } from "./src/auth/index.ts";
export const run = (request) => authenticateRequest(core, request, { jwtKey: globalThis.CLERK_JWT_KEY, publishableKey: globalThis.CLERK_PUBLISHABLE_KEY });
`,
    });
  } else missing.push("clerk-fn authenticateRequest");
  if (auth.includes("handshake")) {
    // The same app with the browser-session plug-in: what a middleware in front of pages carries.
    apps.push({
      name: "clerk-fn authenticateRequest+handshake",
      source: `${core}import { authenticateRequest, handshake } from "./src/auth/index.ts";
export const run = (request) => authenticateRequest(core, request, { jwtKey: globalThis.CLERK_JWT_KEY, publishableKey: globalThis.CLERK_PUBLISHABLE_KEY, handshake });
`,
    });
  } else missing.push("clerk-fn authenticateRequest+handshake");
  if (webhooks.includes("verifyWebhook")) {
    apps.push({
      name: "clerk-fn verifyWebhook",
      source: `import { verifyWebhook } from "./src/webhooks/index.ts";
export const run = (request) => verifyWebhook(request, request.headers, { signingSecret: globalThis.CLERK_WEBHOOK_SIGNING_SECRET });
`,
    });
  } else missing.push("clerk-fn verifyWebhook");
  return { apps, missing };
}

/**
 * The framework adapters and the webhook handler, with the same auth options as the
 * authenticateRequest app so the difference is what the adapter adds. No framework code is in
 * them: clerk-fn/node types Express and Fastify structurally, clerk-fn/hono imports Hono's types only.
 */
export function adapterApps(): App[] {
  const core = `import { ClerkCore } from "./src/core/core.ts";\nconst core = new ClerkCore({ secretKey: ${SECRET} });\n`;
  const auth = "{ jwtKey: globalThis.CLERK_JWT_KEY, publishableKey: globalThis.CLERK_PUBLISHABLE_KEY }";
  return [
    {
      name: "clerk-fn/node clerkMiddleware+requireAuth",
      source: `${core}import { clerkMiddleware, getAuth, requireAuth } from "./src/node/index.ts";
export const middleware = clerkMiddleware(core, ${auth});
export const guard = requireAuth();
export const who = (req) => getAuth(req);
`,
    },
    {
      name: "clerk-fn/node toFetchRequest",
      source: `import { toFetchRequest } from "./src/node/index.ts";
export const run = (req) => toFetchRequest(req);
`,
    },
    {
      name: "clerk-fn/node fastify clerkPlugin",
      source: `import { clerkPlugin, fastifyRequireAuth } from "./src/node/index.ts";
export const plugin = clerkPlugin;
export const guard = fastifyRequireAuth();
`,
    },
    {
      name: "clerk-fn/hono clerkMiddleware+requireAuth",
      source: `${core}import { clerkMiddleware, requireAuth } from "./src/hono/index.ts";
export const middleware = clerkMiddleware(core, ${auth});
export const guard = requireAuth();
`,
    },
    {
      name: "clerk-fn createWebhookHandler",
      source: `import { createWebhookHandler } from "./src/webhooks/index.ts";
export const handler = createWebhookHandler({ signingSecret: globalThis.CLERK_WEBHOOK_SIGNING_SECRET, dedupe: true, on: { "user.created": (event) => globalThis.seen(event) } });
`,
    },
    {
      name: "clerk-fn createWebhookHandler via toNodeHandler",
      source: `import { createWebhookHandler } from "./src/webhooks/index.ts";
import { toNodeHandler } from "./src/node/index.ts";
export const handler = toNodeHandler(createWebhookHandler({ signingSecret: globalThis.CLERK_WEBHOOK_SIGNING_SECRET, dedupe: true, on: { "user.created": (event) => globalThis.seen(event) } }));
`,
    },
  ];
}

/** The peers: Clerk's own SDK, openapi-fetch, jose, and the floors (bare fetch, bare WebCrypto). */
export function peerApps(openapiTypesFile: string): App[] {
  return [
    {
      name: "@clerk/backend users.getUserList",
      source: `import { createClerkClient } from "@clerk/backend";
const clerk = createClerkClient({ secretKey: ${SECRET} });
export const run = (params) => clerk.users.getUserList(params);
`,
    },
    {
      name: "@clerk/backend verifyToken+jwtKey",
      source: `import { verifyToken } from "@clerk/backend";
export const run = (token) => verifyToken(token, { jwtKey: globalThis.CLERK_JWT_KEY });
`,
    },
    {
      name: "@clerk/backend authenticateRequest",
      source: `import { createClerkClient } from "@clerk/backend";
const clerk = createClerkClient({ secretKey: ${SECRET}, publishableKey: globalThis.CLERK_PUBLISHABLE_KEY });
export const run = (request) => clerk.authenticateRequest(request, { jwtKey: globalThis.CLERK_JWT_KEY });
`,
    },
    {
      name: "@clerk/backend verifyWebhook",
      source: `import { verifyWebhook } from "@clerk/backend/webhooks";
export const run = (request) => verifyWebhook(request, { signingSecret: globalThis.CLERK_WEBHOOK_SIGNING_SECRET });
`,
    },
    {
      name: "openapi-fetch GET /users",
      loader: "ts",
      // The types come from openapi-typescript (bench/.tmp); they are erased, the call is checked.
      source: `import createClient from "openapi-fetch";
import type { paths } from "./${openapiTypesFile}";
const client = createClient<paths>({ baseUrl: "https://api.clerk.com/v1", headers: { Authorization: "Bearer " + ${SECRET} } });
export const run = (limit: number) => client.GET("/users", { params: { query: { limit } } });
`,
    },
    {
      name: "jose jwtVerify+importSPKI",
      source: `import { importSPKI, jwtVerify } from "jose";
let key;
export const run = async (token) => jwtVerify(token, (key ??= await importSPKI(globalThis.CLERK_JWT_KEY, "RS256")), { algorithms: ["RS256"] });
`,
    },
    {
      name: "floor: bare fetch GET /users",
      source: `export const run = (limit) =>
  fetch("https://api.clerk.com/v1/users?limit=" + limit, { headers: { Authorization: "Bearer " + ${SECRET} } }).then((r) => r.json());
`,
    },
    {
      name: "floor: bare WebCrypto RS256 verify",
      source: `const b64 = (s) => Uint8Array.from(atob(s.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
const alg = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
let key;
export const run = async (token) => {
  key ??= await crypto.subtle.importKey("spki", b64(globalThis.CLERK_JWT_KEY.replace(/-----[^-]+-----|\\s/g, "")), alg, false, ["verify"]);
  const [h, p, s] = token.split(".");
  const ok = await crypto.subtle.verify(alg, key, b64(s), new TextEncoder().encode(h + "." + p));
  return ok ? JSON.parse(new TextDecoder().decode(b64(p))) : null;
};
`,
    },
  ];
}

/** Paths and operation ids declared by each generated function (for the tree-shaking proof). */
export function operationDeclarations(): Map<string, { id: string; path: string }> {
  const out = new Map<string, { id: string; path: string }>();
  for (const name of functionNames()) {
    const text = readFileSync(join(ROOT, "src/funcs", `${name}.ts`), "utf8");
    const id = /\bid: "([^"]+)"/.exec(text)?.[1];
    const path = /\bpath: "([^"]+)"/.exec(text)?.[1];
    if (id && path) out.set(name, { id, path });
  }
  return out;
}

/** One app built with chunk splitting: what loads eagerly (the entry and its static imports) and what loads later. */
export interface SplitBuild {
  /** gzip of the eager chunks, summed per file. */
  readonly eager: number;
  /** gzip of every chunk, summed per file. */
  readonly all: number;
  /** Input files bundled into eager chunks. */
  readonly eagerInputs: readonly string[];
  /** Input files bundled only into chunks loaded by `import()`. */
  readonly lazyInputs: readonly string[];
  /** The entry chunk loads something with `import()`. */
  readonly dynamicImport: boolean;
}

/**
 * With code splitting (what Vite, Next.js and Vercel do), the gzip of what loads eagerly: the
 * entry and the chunks it imports statically.
 */
export async function splitBuild(app: App, outdir: string): Promise<SplitBuild> {
  const r = await build({
    ...BUILD_OPTIONS,
    absWorkingDir: ROOT,
    stdin: { contents: app.source, resolveDir: ROOT, loader: app.loader ?? "js", sourcefile: "entry.js" },
    splitting: true,
    outdir,
    write: false,
    metafile: true,
  });
  const outputs = r.metafile.outputs;
  const gz = new Map(r.outputFiles.map((f) => [f.path.slice(ROOT.length + 1), gzipSize(f.contents)]));
  const entry = Object.keys(outputs).find((o) => outputs[o]!.entryPoint !== undefined)!;
  const eager = new Set<string>();
  const visit = (o: string): void => {
    if (eager.has(o)) return;
    eager.add(o);
    for (const i of outputs[o]!.imports) if (i.kind === "import-statement" && !i.external) visit(i.path);
  };
  visit(entry);
  const js = Object.keys(outputs).filter((o) => o.endsWith(".js"));
  const sum = (xs: Iterable<string>): number => [...xs].reduce((a, o) => a + (gz.get(o) ?? 0), 0);
  const inputsOf = (os: readonly string[]): string[] => [...new Set(os.flatMap((o) => Object.keys(outputs[o]!.inputs)))];
  const eagerInputs = inputsOf([...eager]);
  return {
    eager: sum(eager),
    all: sum(js),
    eagerInputs,
    lazyInputs: inputsOf(js.filter((o) => !eager.has(o))).filter((i) => !eagerInputs.includes(i)),
    dynamicImport: outputs[entry]!.imports.some((i) => i.kind === "dynamic-import"),
  };
}
