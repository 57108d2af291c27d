// `request()` with a Standard Schema (valibot, zod, or any `~standard` object) as `response`: its
// output on success; on a mismatch what the response policy says — and the issues name paths only,
// never the library's message (which quotes the body: personal data).
import * as v from "valibot";
import { describe, expect, expectTypeOf, test } from "vitest";
import { z } from "zod";
import type { ClerkCoreOptions } from "../../src/core/options.js";
import { request } from "../../src/core/request.js";
import type { StandardSchemaV1 } from "../../src/core/standard.js";
import { ResponseValidationError, type Issue } from "../../src/core/errors.js";
import { User } from "../../src/models/user.js";
import { fakeFetch, json } from "../helpers/fakeFetch.js";
import { testCore, userJson } from "../helpers/fixtures.js";

const SECRET_EMAIL = "jane.secret@example.com";
const answer = { id: "thing_1", owner: { email: SECRET_EMAIL, age: 41 }, tags: ["a", SECRET_EMAIL] };

function coreAnswering(body: unknown, options: Omit<ClerkCoreOptions, "fetch" | "secretKey"> = {}) {
  const fake = fakeFetch([json(body)]);
  return { fake, core: testCore(fake, { retry: false, ...options }) };
}

const get = { method: "GET", path: "/things/thing_1" } as const;

describe("request() with a Standard Schema", () => {
  test("valibot: the value is the schema's output, typed by it", async () => {
    const { core } = coreAnswering(answer);
    const schema = v.looseObject({ id: v.string(), owner: v.object({ age: v.pipe(v.number(), v.transform((n) => `${n} years`)) }) });
    const res = await request(core, { ...get, response: schema });
    expectTypeOf(res).toMatchTypeOf<{ ok: true; value: { id: string; owner: { age: string } } } | { ok: false }>();
    expect(res.ok && res.value.owner).toEqual({ age: "41 years" });
  });

  test("zod: the value is the schema's output, typed by it", async () => {
    const { core } = coreAnswering(answer);
    const res = await request(core, { ...get, response: z.object({ id: z.string().transform((id) => id.toUpperCase()) }) });
    expectTypeOf(res).toMatchTypeOf<{ ok: true; value: { id: string } } | { ok: false }>();
    // zod's object strips unknown keys: the output, not the JSON.
    expect(res.ok && res.value).toEqual({ id: "THING_1" });
  });

  test("an asynchronous validate is awaited", async () => {
    const { core } = coreAnswering(answer);
    const calls: unknown[] = [];
    const schema: StandardSchemaV1<unknown, string> = {
      "~standard": { version: 1, vendor: "test", validate: async (value) => (calls.push(value), { value: "checked" }) },
    };
    const res = await request(core, { ...get, response: schema });
    expect(res).toEqual({ ok: true, value: "checked" });
    expect(calls).toEqual([answer]);
  });

  const mismatches: [string, StandardSchemaV1][] = [
    ["valibot", v.looseObject({ id: v.number(), owner: v.object({ email: v.pipe(v.string(), v.email(), v.endsWith("@corp.test")) }), tags: v.array(v.picklist(["a"])) })],
    ["zod", z.object({ id: z.number(), owner: z.object({ email: z.string().endsWith("@corp.test") }), tags: z.array(z.literal("a")) })],
  ];

  test.each(mismatches)("%s, strict: response-validation naming the paths, never a value or the library's message", async (_, schema) => {
    const { core } = coreAnswering(answer, { responseValidation: "strict" });
    const res = await request(core, { ...get, response: schema });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    const error = res.error as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.kind).toBe("response-validation");
    expect(error.status).toBe(200);
    expect(error.data).toEqual(answer);
    expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining([["id"], ["owner", "email"], ["tags", 1]]));
    for (const issue of error.issues) expect(issue.message).toBe("does not match the schema given to request()");
    const shown = JSON.stringify({ message: error.message, issues: error.issues, error });
    expect(shown).not.toContain(SECRET_EMAIL);
    expect(shown).not.toContain("thing_1");
    expect(shown).not.toMatch(/Invalid|Expected|Received/);
  });

  test.each(mismatches)("%s, tolerant (the default): the parsed JSON, and the paths told once to onDrift", async (_, schema) => {
    const told: Issue[][] = [];
    const fake = fakeFetch([json(answer), json(answer)]);
    const core = testCore(fake, { retry: false, hooks: { onDrift: (issues) => void told.push([...issues]) } });
    const first = await request(core, { ...get, response: schema });
    expect(first).toEqual({ ok: true, value: answer });
    expect(told).toHaveLength(1);
    expect(told[0]!.map((i) => i.path)).toEqual(expect.arrayContaining([["id"], ["owner", "email"]]));
    expect(JSON.stringify(told)).not.toContain(SECRET_EMAIL);
    // The same differences again are not news.
    expect((await request(core, { ...get, response: schema })).ok).toBe(true);
    expect(told).toHaveLength(1);
  });

  test("tolerant without onDrift: the debug logger hears of it, without values", async () => {
    const warned: unknown[] = [];
    const { core } = coreAnswering(answer, { debugLogger: { debug: () => {}, warn: (message, details) => void warned.push({ message, details }) } });
    const res = await request(core, { ...get, response: v.object({ id: v.number() }) });
    expect(res).toEqual({ ok: true, value: answer });
    expect(JSON.stringify(warned)).toContain('"path":["id"]');
    expect(JSON.stringify(warned)).not.toContain("thing_1");
  });

  test("off: nothing is checked, the schema is never asked", async () => {
    const { core } = coreAnswering(answer, { responseValidation: "off" });
    let asked = false;
    const schema: StandardSchemaV1<unknown, number> = { "~standard": { version: 1, vendor: "test", validate: () => ((asked = true), { issues: [{ message: "no" }] }) } };
    expect(await request(core, { ...get, response: schema })).toEqual({ ok: true, value: answer });
    expect(asked).toBe(false);
  });

  test("a schema that throws or rejects does not make the call throw; what it threw is not kept", async () => {
    for (const validate of [() => { throw new Error(`bad ${SECRET_EMAIL}`); }, () => Promise.reject(new Error(`bad ${SECRET_EMAIL}`))]) {
      const { core } = coreAnswering(answer, { responseValidation: "strict" });
      const res = await request(core, { ...get, response: { "~standard": { version: 1, vendor: "test", validate } } });
      expect(res.ok).toBe(false);
      if (res.ok) continue;
      expect(res.error.kind).toBe("response-validation");
      expect((res.error as ResponseValidationError).issues).toEqual([{ path: [], message: "the schema given to request() threw" }]);
      expect(JSON.stringify({ m: res.error.message, c: res.error.cause })).not.toContain(SECRET_EMAIL);
    }
  });

  test("path segments given as { key } objects are read", async () => {
    const { core } = coreAnswering(answer, { responseValidation: "strict" });
    const schema: StandardSchemaV1 = { "~standard": { version: 1, vendor: "test", validate: () => ({ issues: [{ message: SECRET_EMAIL, path: [{ key: "owner" }, "email", { key: 0 }] }] }) } };
    const res = await request(core, { ...get, response: schema });
    expect(!res.ok && (res.error as ResponseValidationError).issues).toEqual([{ path: ["owner", "email", 0], message: "does not match the schema given to request()" }]);
  });

  test("a shape is still checked the SDK's way (expected and received JSON types)", async () => {
    const { core } = coreAnswering(userJson({ banned: "no" }), { responseValidation: "strict" });
    const res = await request(core, { method: "GET", path: "/users/user_1", response: User });
    expect(!res.ok && (res.error as ResponseValidationError).issues).toEqual([{ path: ["banned"], message: "expected boolean, received string" }]);
    const fine = await request(coreAnswering(userJson()).core, { method: "GET", path: "/users/user_1", response: User });
    expect(fine.ok && fine.value.id).toBe(userJson().id);
  });
});
