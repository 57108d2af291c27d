// Every generated function against an independent validator of the OpenAPI spec: Stoplight Prism,
// started on loopback by this file.
//
// Which spec Prism serves: the OVERLAID spec (pinned spec + codegen/overlay.yml), written as JSON
// to a temp dir. Prism validates requests and produces responses from the one document it serves,
// and both must be right:
//  - responses: the overlay exists because the live API answers differently from the spec (e.g.
//    `POST /api_keys` answers 201 with the key's `secret`; memberships may carry
//    `permissions: null`). The generated decoders follow the overlay, so the static examples and
//    dynamic variants must come from it, or we would test against answers the API does not give;
//  - requests: must satisfy the ORIGINAL spec. A setup test proves that the served spec changes
//    nothing on the request side of any operation (parameters, request bodies, every component
//    they reference, security), so Prism's request validation is exactly validation against the
//    original spec.
// One workaround on top (spec.ts `forPrism`, checked by a setup test): Prism's static sampler
// answers `{}` for an object whose `properties` sit beside a constraint-only `anyOf`
// (`SAMLConnection`, `SAMLAccountConnection`, `EnterpriseAccountConnection`: "domain or domains"),
// a body the spec itself forbids; those unions are dropped on the response side only, so Prism
// serves the spec's property examples there instead. Codegen ignores such unions anyway.
//
// Security: Prism checks the `bearerAuth` scheme by the presence of `Authorization: Bearer <token>`
// (no token check); without it the answer is a 401 whose `sl-violations` header says
// `location: ["request"], code: 401`. Operations with `security: []` are not checked; our public
// operation sends no Authorization header at all. See the "security" tests.
//
// Prism runs in static mode (examples) and without `--errors`; dynamic (schema-generated) answers
// are asked per request with `Prefer: dynamic=true, seed=…` (deterministic per seed), documented
// error statuses with `Prefer: code=<status>`. Prism's own *response* violations are not failures:
// the spec's examples break its patterns and oneOf/anyOf rules (evidence of what the live API sends).
// Request violations are: every `sl-violations` entry with `location: ["request", …]` and severity
// Error counts (Prism answers those with 422/401); Warning-level ones are allowed only for the
// `deprecated` code (the "full" request also sends deprecated parameters). Deprecated operations
// are called like any other; Prism marks their answers with a `Deprecation` header.
// Env: CONFORMANCE_DYNAMIC=<n> dynamic answers per operation (default 4), CONFORMANCE_SEED=<text>.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFacts } from "../../codegen/facts.ts";
import { schemaNames } from "../../codegen/model.ts";
import { refName } from "../../codegen/schema.ts";
import { ClerkCore } from "../../src/core/core.js";
import type { CallOptions } from "../../src/core/options.js";
import type { Result } from "../../src/core/result.js";
import type { AnyClerkError } from "../../src/core/errors.js";
import { conforms, inspect } from "../../src/core/schemas.js";
import type { Shape } from "../../src/core/shape.js";
import * as funcs from "../../src/funcs/index.js";
import { startPrism, type Prism } from "./prism.ts";
import { buildRequest, type Variant } from "./requests.ts";
import { loadSpecs, requestSide, responses, type SpecOp } from "./spec.ts";

type AnyFn = (core: ClerkCore, request?: object, options?: CallOptions) => Promise<Result<unknown, AnyClerkError>>;

interface Violation {
  location: (string | number)[];
  severity: string;
  code: string | number;
  message: string;
}

/** One HTTP exchange as seen by the fetch the core was given. */
interface Exchange {
  method: string;
  url: string;
  requestHeaders: Headers;
  requestBody: string;
  status: number;
  responseHeaders: Headers;
  responseBody: string;
  violations: Violation[];
}

const DYNAMIC_PER_OP = Number(process.env["CONFORMANCE_DYNAMIC"] ?? 4);
const SEED = process.env["CONFORMANCE_SEED"] ?? "clerk-fn";
const SECRET_KEY = "sk_test_conformance0000000000000000000000";

const specs = await loadSpecs();
let prism: Prism;

const counts = { violations: 0, dynamicDecoded: 0 };
const passed = { requests: new Set<string>(), statuses: new Set<string>(), dynamic: new Set<string>() };

beforeAll(async () => {
  prism = await startPrism(specs.servedFile);
});

afterAll(async () => {
  const ok = specs.ops.filter((o) => passed.requests.has(o.name) && passed.statuses.has(o.name) && passed.dynamic.has(o.name)).length;
  console.log(`conformance: ${ok}/${specs.ops.length} operations, ${counts.dynamicDecoded} dynamic responses decoded, ${counts.violations} violations`);
  await prism?.stop();
  specs.cleanup();
});

/** A core pointed at Prism whose fetch records every exchange into `log`. */
function coreFor(log: Exchange[], fetchImpl: typeof fetch = globalThis.fetch): ClerkCore {
  return new ClerkCore({
    secretKey: SECRET_KEY,
    serverURL: prism.url,
    retry: false,
    timeoutMs: 30_000,
    // The conformance suite holds the spec to its word: every difference is an error.
    responseValidation: "strict",
    fetch: async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      const requestBody = request.body ? await request.clone().text() : "";
      const response = await fetchImpl(request);
      const responseBody = await response.clone().text();
      const header = response.headers.get("sl-violations");
      log.push({
        method: request.method,
        url: request.url,
        requestHeaders: request.headers,
        requestBody,
        status: response.status,
        responseHeaders: response.headers,
        responseBody,
        violations: header ? (JSON.parse(header) as Violation[]) : [],
      });
      return response;
    },
  });
}

function fnOf(o: SpecOp): AnyFn {
  const fn = (funcs as unknown as Record<string, AnyFn | undefined>)[o.name];
  if (!fn) throw new Error(`src/funcs has no ${o.name}`);
  return fn;
}

const requestErrors = (x: Exchange): Violation[] => x.violations.filter((w) => w.location[0] === "request" && w.severity === "Error");

/** Calls the function once and returns its result with the one exchange it made. */
async function exchange(o: SpecOp, request: object, options?: CallOptions): Promise<{ result: Result<unknown, AnyClerkError>; x: Exchange }> {
  const log: Exchange[] = [];
  const result = await fnOf(o)(coreFor(log), request, options);
  const x = log[0];
  const explain = result.ok ? "" : ` (${result.error.kind}: ${result.error.message})`;
  if (!x) throw new Error(`${o.name}: nothing was sent${explain}`);
  expect(log, `${o.name} must make exactly one request`).toHaveLength(1);
  const errors = requestErrors(x);
  counts.violations += errors.length;
  expect(errors, `${o.name}: Prism found request violations in ${x.method} ${x.url}\nbody: ${x.requestBody.slice(0, 500)}`).toEqual([]);
  return { result, x };
}

/** Rules our decoders deliberately do not check on responses (DESIGN: structural validation only). */
const NOT_STRUCTURAL = new Set(["pattern", "format", "enum", "oneOf", "anyOf", "additionalProperties", "minLength", "maxLength", "minItems", "maxItems", "minimum", "maximum", "uniqueItems"]);

function describeFailure(result: Result<unknown, AnyClerkError>, x: Exchange): string {
  if (result.ok) return "";
  const e = result.error as AnyClerkError & { issues?: unknown };
  // Prism's own structural complaints about the body it sent tell a Prism generator slip from a decoder bug.
  const prismSays = x.violations.filter((w) => w.location[0] === "response" && !NOT_STRUCTURAL.has(String(w.code)));
  return (
    `${e.kind}: ${e.message}\n${e.issues ? JSON.stringify(e.issues).slice(0, 1500) + "\n" : ""}` +
    `Prism's structural response violations: ${JSON.stringify(prismSays.map((w) => `${w.location.join(".")}: ${w.message}`))}\n` +
    `${x.status} ${x.responseBody.slice(0, 1500)}`
  );
}

/** The documented success response of the overlaid spec (every operation has exactly one 2xx). */
function success(o: SpecOp): { status: number; schema: any; hasBody: boolean } {
  const twoXX = responses(specs.overlaid, o.overlaid).filter((r) => r.status >= 200 && r.status < 300);
  expect(twoXX, `${o.name} documents one success status`).toHaveLength(1);
  return twoXX[0]!;
}

const modelCache = new Map<string, Shape>();
/**
 * The generated model an error body is decoded with: the component the response references
 * (`ClerkErrors` everywhere but a few operations), or — for the inline error schemas of the API key,
 * M2M and OAuth token operations, which have no model of their own — `ClerkErrors`, the shape
 * `APIError.errors` promises.
 */
async function modelFor(schema: any): Promise<Shape> {
  let name: string;
  if (typeof schema?.$ref === "string") name = refName(schema.$ref);
  else {
    expect(schema?.properties?.errors?.type, `inline error schema without errors[]: ${JSON.stringify(schema)}`).toBe("array");
    name = "ClerkErrors";
  }
  let model = modelCache.get(name);
  if (!model) {
    const { file, typeName } = schemaNames(name, loadFacts());
    const mod = (await import(`../../src/models/${file}.ts`)) as Record<string, Shape>;
    model = mod[typeName]!;
    modelCache.set(name, model);
  }
  return model;
}

/** Checks one success answer: `ok`, the documented status, and the value the documented shape gives. */
function expectDecoded(o: SpecOp, result: Result<unknown, AnyClerkError>, x: Exchange): void {
  const doc = success(o);
  expect(result.ok, `${o.name}: ${describeFailure(result, x)}`).toBe(true);
  expect(x.status, `${o.name}: status`).toBe(doc.status);
  if (!result.ok) return;
  if (doc.schema) {
    // Decoding keeps everything (unknown keys included) and changes nothing.
    expect(result.value).toEqual(JSON.parse(x.responseBody));
  } else if (doc.status === 200) {
    expect(typeof result.value, `${o.name}: a success without a JSON body is returned as text`).toBe("string");
  } else {
    expect(result.value, `${o.name}: a ${doc.status} without body gives undefined`).toBeUndefined();
  }
}

/** Drops the first required key of the body's top object (or first array item), if there is one. */
function withoutRequiredKey(spec: any, schema: any, data: unknown): { data: unknown; key: string } | undefined {
  const resolve = (s: any): any => (s?.$ref ? resolve(spec.components.schemas[refName(s.$ref)]) : s);
  let s = resolve(schema);
  let target: unknown = data;
  const copy = structuredClone(data);
  let holder: unknown = copy;
  if (s?.type === "array") {
    if (!Array.isArray(copy) || !copy.length) return undefined;
    s = resolve(s.items);
    holder = copy[0];
    target = (data as unknown[])[0];
  }
  if (!s?.required?.length || typeof target !== "object" || target === null || Array.isArray(target)) return undefined;
  const key = (s.required as string[]).find((k) => k in (target as object));
  if (!key) return undefined;
  delete (holder as Record<string, unknown>)[key];
  return { data: copy, key };
}

describe("conformance setup", () => {
  it("checks exactly the 249 documented operations, each a generated function", () => {
    expect(specs.ops).toHaveLength(249);
    expect(new Set(specs.ops.map((o) => o.name)).size).toBe(249);
    for (const o of specs.ops) expect(typeof (funcs as Record<string, unknown>)[o.name], o.name).toBe("function");
  });

  it("the served spec changes nothing on the request side, so requests are validated against the original spec", () => {
    for (const o of specs.ops) {
      const served = specs.served.paths[o.path][o.method];
      expect(requestSide(specs.served, served), `${o.name}: the served spec touches its request`).toBe(requestSide(specs.original, o.op));
    }
  });

  it("the served spec differs from the overlaid one only by dropping constraint-only unions on responses", () => {
    expect(specs.workarounds).toContain("SAMLConnection.anyOf");
    const strip = (spec: any): string =>
      JSON.stringify(spec, (key, value) =>
        (key === "anyOf" || key === "oneOf") && Array.isArray(value) && value.every((m: any) => Object.keys(m).every((k) => k === "required" || k === "description")) ? undefined : value,
      );
    expect(strip(specs.served)).toBe(strip(specs.overlaid));
  });
});

describe("security as Prism sees it", () => {
  it("a secured operation without `Authorization: Bearer` is a 401 request violation", async () => {
    const res = await fetch(`${prism.url}/users`, { headers: { Accept: "application/json" } });
    await res.body?.cancel();
    expect(res.status).toBe(401);
    const violations = JSON.parse(res.headers.get("sl-violations") ?? "[]") as Violation[];
    expect(violations).toContainEqual(expect.objectContaining({ location: ["request"], code: 401 }));
  });

  it("secured operations send the secret key as a bearer token; `security: []` sends no Authorization", async () => {
    for (const o of specs.ops.filter((op) => op.name === "usersList" || (Array.isArray(op.op.security) && op.op.security.length === 0))) {
      const { x } = await exchange(o, buildRequest(specs.original, o.op, "minimal"));
      const publicOp = Array.isArray(o.op.security) && o.op.security.length === 0;
      expect(x.requestHeaders.get("authorization"), o.name).toBe(publicOp ? null : `Bearer ${SECRET_KEY}`);
    }
  });
});

describe.concurrent("every operation against Prism", () => {
  for (const o of specs.ops) {
    const label = `${o.name} (${o.method.toUpperCase()} ${o.path}${o.deprecated ? ", deprecated" : ""})`;

    it(`${label}: minimal and full requests pass request validation and decode`, async () => {
      for (const variant of ["minimal", "full"] as Variant[]) {
        const { result, x } = await exchange(o, buildRequest(specs.original, o.op, variant));
        const warnings = x.violations.filter((w) => w.location[0] === "request" && w.severity !== "Error" && w.code !== "deprecated");
        expect(warnings, `${o.name}: request warnings`).toEqual([]);
        expectDecoded(o, result, x);
        // Deprecated operations still work; Prism marks their answers with a Deprecation header.
        expect(x.responseHeaders.has("deprecation"), `${o.name}: Deprecation header`).toBe(o.deprecated);
        // The decoder is not vacuous: the same body without a required key is refused.
        const doc = success(o);
        const mutated = doc.schema && result.ok ? withoutRequiredKey(specs.overlaid, doc.schema, result.value) : undefined;
        if (variant === "minimal" && mutated) {
          const body = JSON.stringify(mutated.data);
          const log: Exchange[] = [];
          const core = coreFor(log, async () => new Response(body, { status: doc.status, headers: { "content-type": "application/json" } }));
          const again = await fnOf(o)(core, buildRequest(specs.original, o.op, "minimal"));
          expect(again.ok ? "ok" : again.error.kind, `${o.name}: a body without required "${mutated.key}" must not decode`).toBe("response-validation");
        }
      }
      passed.requests.add(o.name);
    });

    it(`${label}: every documented error status gives a typed api error (static examples decode strictly)`, async () => {
      const request = buildRequest(specs.original, o.op, "minimal");
      for (const r of responses(specs.overlaid, o.overlaid)) {
        if (r.status < 400) continue; // the success example is decoded by the test above
        const { result, x } = await exchange(o, request, { headers: { Prefer: `code=${r.status}` } });
        expect(x.status).toBe(r.status);
        expect(result.ok, `${o.name} ${r.status}`).toBe(false);
        if (result.ok) continue;
        const error = result.error;
        expect(error.kind, `${o.name} ${r.status}: ${error.message}`).toBe("api");
        if (error.kind !== "api") continue;
        expect(error.status).toBe(r.status);
        if (r.schema) {
          const data = JSON.parse(x.responseBody) as { errors?: unknown };
          const model = await modelFor(r.schema);
          expect(conforms(model, data), `${o.name} ${r.status} example must decode: ${JSON.stringify(inspect(model, data))}`).toBe(true);
          expect(error.errors.length, `${o.name} ${r.status}: errors[]`).toBeGreaterThan(0);
          expect(error.errors).toEqual(data.errors);
          for (const e of error.errors) {
            expect(typeof e.code).toBe("string");
            expect(typeof e.message).toBe("string");
          }
        } else {
          expect(error.errors).toEqual([]);
        }
      }
      passed.statuses.add(o.name);
    });

    it(`${label}: ${DYNAMIC_PER_OP} dynamic (schema-generated) responses decode`, async () => {
      const doc = success(o);
      for (let i = 0; i < DYNAMIC_PER_OP; i++) {
        const variant: Variant = i % 2 === 0 ? "full" : "minimal";
        const { result, x } = await exchange(o, buildRequest(specs.original, o.op, variant), {
          headers: { Prefer: `dynamic=true, seed=${SEED}-${o.name}-${i}` },
        });
        expectDecoded(o, result, x);
        if (doc.schema) counts.dynamicDecoded++;
        if (!doc.schema) break; // nothing to decode: one request shows the call still works
      }
      passed.dynamic.add(o.name);
    });
  }
});
