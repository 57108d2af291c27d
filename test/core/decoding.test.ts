// Decoding of 2xx answers: typed values, forward compatibility, and what a caller gets when the
// body is not what the spec documents (tolerant by default, strict, off).
import { describe, expect, test, vi } from "vitest";
import { invitationsCreate } from "../../src/funcs/invitationsCreate.js";
import { miscellaneousGetPublicInterstitial } from "../../src/funcs/miscellaneousGetPublicInterstitial.js";
import { usersGet } from "../../src/funcs/usersGet.js";
import { usersList } from "../../src/funcs/usersList.js";
import { invitationsList } from "../../src/funcs/invitationsList.js";
import { m2mVerifyToken } from "../../src/funcs/m2mVerifyToken.js";
import type { Issue } from "../../src/core/errors.js";
import type { HookContext } from "../../src/core/options.js";
import { webhooksDeleteSvixApp } from "../../src/funcs/webhooksDeleteSvixApp.js";
import { fakeFetch, json, text } from "../helpers/fakeFetch.js";
import { invitationJson, testCore, userJson } from "../helpers/fixtures.js";

describe("success decoding", () => {
  test("usersGet resolves to ok with the decoded user", async () => {
    const fake = fakeFetch([json(userJson())]);
    const res = await usersGet(testCore(fake), { user_id: "user_2abc" });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.value.id).toBe("user_2abc");
    expect(res.value.first_name).toBe("Ada");
    expect(res.value.email_addresses[0]?.email_address).toBe("ada@example.com");
    expect(fake.calls).toHaveLength(1);
  });

  test("usersList resolves to an array of users", async () => {
    const fake = fakeFetch([json([userJson({ id: "user_a" }), userJson({ id: "user_b" })])]);
    const res = await usersList(testCore(fake), { limit: 2 });
    expect(res.ok && res.value.map((u) => u.id)).toEqual(["user_a", "user_b"]);
  });

  test("an empty list decodes to an empty array", async () => {
    const fake = fakeFetch([json([])]);
    const res = await usersList(testCore(fake));
    expect(res).toEqual({ ok: true, value: [] });
  });

  test("a 204 operation resolves to ok(undefined)", async () => {
    const fake = fakeFetch([{ status: 204 }]);
    const res = await webhooksDeleteSvixApp(testCore(fake));
    expect(res).toEqual({ ok: true, value: undefined });
  });

  test("the text operation resolves to the body as a string", async () => {
    const html = "<!doctype html><html><body>interstitial</body></html>";
    const fake = fakeFetch([text(html, { headers: { "content-type": "text/html" } })]);
    const res = await miscellaneousGetPublicInterstitial(testCore(fake), { publishable_key: "pk_test_x" });
    expect(res).toEqual({ ok: true, value: html });
  });
});

describe("forward compatibility", () => {
  test("an unknown extra field is kept on the decoded object", async () => {
    const fake = fakeFetch([json(userJson({ brand_new_field: { nested: [1, 2] } }))]);
    const res = await usersGet(testCore(fake), { user_id: "user_2abc" });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect((res.value as unknown as Record<string, unknown>).brand_new_field).toEqual({ nested: [1, 2] });
  });

  test("a new enum value and an extra field decode", async () => {
    const fake = fakeFetch([json(invitationJson({ status: "snoozed", invited_by: "user_x" }))]);
    const res = await invitationsCreate(testCore(fake), { email_address: "ada@example.com" });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.value.status).toBe("snoozed");
    expect((res.value as unknown as Record<string, unknown>).invited_by).toBe("user_x");
  });

  test("an unknown variant of a discriminated union decodes", async () => {
    const user = userJson();
    const email = (user.email_addresses as Record<string, unknown>[])[0]!;
    email.verification = { object: "verification_passkey_magic", status: "verified", whatever: true };
    const fake = fakeFetch([json(user)]);
    const res = await usersGet(testCore(fake), { user_id: "user_2abc" });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.value.email_addresses[0]?.verification).toMatchObject({ object: "verification_passkey_magic", whatever: true });
  });
});

const strict = { responseValidation: "strict" } as const;

describe("bodies that cannot be what the function promises fail under every policy but off", () => {
  test.each(["tolerant", "strict", undefined] as const)("truncated JSON on a 200 is response-validation with the raw body (%s)", async (policy) => {
    const raw = JSON.stringify(userJson()).slice(0, 40);
    const fake = fakeFetch([text(raw, { headers: { "content-type": "application/json" } })]);
    const res = await usersGet(testCore(fake, policy ? { responseValidation: policy } : {}), { user_id: "user_2abc" });
    if (res.ok || res.error.kind !== "response-validation") throw new Error("expected response-validation");
    expect(res.error.status).toBe(200);
    expect(res.error.body).toBe(raw);
    expect(res.error.data).toBeUndefined();
    expect(res.error.issues[0]?.message).toMatch(/not valid JSON/);
  });

  test("an empty 200 body where JSON is documented is response-validation, even with off", async () => {
    for (const policy of ["tolerant", "strict", "off"] as const) {
      const res = await usersGet(testCore(fakeFetch([{ status: 200, text: "" }]), { responseValidation: policy }), { user_id: "user_2abc" });
      expect(!res.ok && res.error.kind, policy).toBe("response-validation");
    }
  });

  test("an object where a list is documented fails under the default policy, naming both kinds", async () => {
    const res = await usersList(testCore(fakeFetch([json({ data: [userJson()], total_count: 1 })])));
    if (res.ok || res.error.kind !== "response-validation") throw new Error("expected response-validation");
    expect(res.error.issues).toEqual([{ path: [], message: "expected array, received object" }]);
  });

  test("a list or null where an object is documented fails under the default policy", async () => {
    for (const body of [[userJson()], null, "user", 42]) {
      const res = await usersGet(testCore(fakeFetch([json(body)])), { user_id: "user_2abc" });
      expect(!res.ok && res.error.kind, JSON.stringify(body)).toBe("response-validation");
    }
  });

  test("off returns whatever JSON came, of any kind", async () => {
    const res = await usersList(testCore(fakeFetch([json({ surprise: true })]), { responseValidation: "off" }));
    expect(res).toEqual({ ok: true, value: { surprise: true } });
  });
});

describe("tolerant (the default): drift is returned and reported, never a failure", () => {
  test("a wrong nested type, a null and a missing field decode to the parsed JSON", async () => {
    const body = userJson({ created_at: "yesterday", first_name: 7 });
    delete body.banned;
    const res = await usersGet(testCore(fakeFetch([json(body)])), { user_id: "user_2abc" });
    expect(res).toEqual({ ok: true, value: body });
  });

  test("onDrift is told each path once per operation, with expected and received JSON types", async () => {
    const reports: [readonly Issue[], HookContext][] = [];
    const fake = fakeFetch((_, n) => json(userJson(n < 3 ? { created_at: "yesterday" } : { created_at: "yesterday", banned: null })));
    const core = testCore(fake, { hooks: { onDrift: (issues, context) => reports.push([issues, context]) } });
    for (let i = 0; i < 3; i++) expect((await usersGet(core, { user_id: "user_2abc" })).ok).toBe(true);
    expect(reports).toHaveLength(1);
    expect(reports[0]![0]).toEqual([{ path: ["created_at"], message: "expected number, received string" }]);
    expect(reports[0]![1]).toMatchObject({ operationId: "GetUser", method: "GET", path: "/users/{user_id}" });
    // A new path on the same operation is news; the old one is not repeated.
    await usersGet(core, { user_id: "user_2abc" });
    expect(reports).toHaveLength(2);
    expect(reports[1]![0]).toEqual([{ path: ["banned"], message: "expected boolean, received null" }]);
  });

  test("a field missing from all 500 items of a page is one report, and each core keeps its own memory", async () => {
    const page = Array.from({ length: 500 }, (_, i) => {
      const u = userJson({ id: `user_${i}` });
      delete u.banned;
      return u;
    });
    const reports: (readonly Issue[])[] = [];
    const hooks = { onDrift: (issues: readonly Issue[]) => reports.push(issues) };
    for (const core of [testCore(fakeFetch(() => json(page)), { hooks }), testCore(fakeFetch(() => json(page)), { hooks })]) {
      const res = await usersList(core, { limit: 500 });
      expect(res.ok && res.value.length).toBe(500);
      await usersList(core, { limit: 500 });
    }
    expect(reports).toEqual([
      [{ path: [0, "banned"], message: "required boolean, but missing" }],
      [{ path: [0, "banned"], message: "required boolean, but missing" }],
    ]);
  });

  test("without onDrift the drift goes to debugLogger.warn, once", async () => {
    const logger = { debug: vi.fn(), warn: vi.fn() };
    const core = testCore(fakeFetch(() => json(userJson({ created_at: "yesterday" }))), { debugLogger: logger });
    await usersGet(core, { user_id: "user_2abc" });
    await usersGet(core, { user_id: "user_2abc" });
    const warnings = logger.warn.mock.calls.filter(([m]) => /differs from the spec/.test(m as string));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.[0]).toMatch(/GetUser/);
    expect(warnings[0]?.[1]).toEqual({ issues: [{ path: ["created_at"], message: "expected number, received string" }] });
  });

  test("an onDrift hook that throws does not fail the call", async () => {
    const core = testCore(fakeFetch([json(userJson({ created_at: "yesterday" }))]), {
      hooks: {
        onDrift: () => {
          throw new Error("observer broke");
        },
      },
    });
    const res = await usersGet(core, { user_id: "user_2abc" });
    expect(res.ok).toBe(true);
  });

  test("a conforming body reports nothing", async () => {
    const onDrift = vi.fn();
    const res = await usersGet(testCore(fakeFetch([json(userJson())]), { hooks: { onDrift } }), { user_id: "user_2abc" });
    expect(res.ok).toBe(true);
    expect(onDrift).not.toHaveBeenCalled();
  });

  test("the M2M verify answer of @clerk/backend's own tests (no last_used_at) decodes", async () => {
    // clerk/javascript packages/backend/src/fixtures/machine.ts (mockVerificationResults.m2m_token), trimmed to the keys it has.
    const body = {
      object: "machine_to_machine_token", id: "mt_ey966f1b1xf93586b2debdcadb0b3bd1", subject: "mch_2vYVtestTESTtestTESTtestTESTtest",
      scopes: ["mch_1xxxxx", "mch_2xxxxx"], claims: { foo: "bar" }, revoked: false, revocation_reason: null, expired: false,
      expiration: null, created_at: 1745185445567, updated_at: 1745185445567,
    };
    const res = await m2mVerifyToken(testCore(fakeFetch([json(body)])), { token: "mt_x" });
    expect(res).toEqual({ ok: true, value: body });
    // …and strictly too: codegen/overlay.yml makes last_used_at optional, with this body as evidence.
    const strictRes = await m2mVerifyToken(testCore(fakeFetch([json(body)]), strict), { token: "mt_x" });
    expect(strictRes).toEqual({ ok: true, value: body });
  });
});

describe("strict: every structural difference is response-validation", () => {
  test("a required field of the wrong type gives raw body, parsed data and typed issues", async () => {
    const body = userJson({ created_at: "yesterday" });
    const fake = fakeFetch([json(body)]);
    const res = await usersGet(testCore(fake, strict), { user_id: "user_2abc" });
    if (res.ok || res.error.kind !== "response-validation") throw new Error("expected response-validation");
    expect(res.error.body).toBe(JSON.stringify(body));
    expect(res.error.data).toEqual(body);
    expect(res.error.issues).toEqual([{ path: ["created_at"], message: "expected number, received string" }]);
    expect(res.error.headers.get("content-type")).toBe("application/json");
    expect(res.error.message).toMatch(/created_at: expected number, received string/);
  });

  test("a missing required field deep in a list names its path", async () => {
    const bad = userJson();
    delete bad.banned;
    const res = await usersList(testCore(fakeFetch([json([userJson(), bad])]), strict));
    if (res.ok || res.error.kind !== "response-validation") throw new Error("expected response-validation");
    expect(res.error.issues).toEqual([{ path: [1, "banned"], message: "required boolean, but missing" }]);
  });

  test("null in a non-nullable field and an array where an object is documented are both named", async () => {
    const res = await usersGet(testCore(fakeFetch([json(userJson({ first_name: null, public_metadata: [] }))]), strict), { user_id: "user_2abc" });
    if (res.ok || res.error.kind !== "response-validation") throw new Error("expected response-validation");
    expect(res.error.issues).toContainEqual({ path: ["public_metadata"], message: "expected object, received array" });
  });

  test("a long list of issues is cut in the message, kept whole in issues", async () => {
    const page = Array.from({ length: 20 }, () => userJson({ created_at: "x" }));
    const res = await usersList(testCore(fakeFetch([json(page)]), strict));
    if (res.ok || res.error.kind !== "response-validation") throw new Error("expected response-validation");
    expect(res.error.issues).toHaveLength(20);
    expect(res.error.message).toMatch(/\(\+15 more\)$/);
  });
});

describe("paginated: true answers the envelope", () => {
  const envelope = { data: [invitationJson({ id: "inv_1" })], total_count: 31 };

  test("with paginated: true the envelope decodes (strict)", async () => {
    const fake = fakeFetch([json(envelope)]);
    const res = await invitationsList(testCore(fake, strict), { paginated: true, limit: 1 });
    expect(res).toEqual({ ok: true, value: envelope });
    expect(new URL(fake.calls[0]!.url).searchParams.get("paginated")).toBe("true");
  });

  test("without the flag the bare array is expected, and the envelope is the wrong kind", async () => {
    const res = await invitationsList(testCore(fakeFetch([json(envelope)])), {});
    expect(!res.ok && res.error.kind).toBe("response-validation");
    const bare = await invitationsList(testCore(fakeFetch([json(envelope.data)]), strict), { paginated: false });
    expect(bare).toEqual({ ok: true, value: envelope.data });
  });

  test("with paginated: true a bare array is the wrong kind; items inside the envelope are checked", async () => {
    const res = await invitationsList(testCore(fakeFetch([json(envelope.data)])), { paginated: true });
    if (res.ok || res.error.kind !== "response-validation") throw new Error("expected response-validation");
    expect(res.error.issues).toEqual([{ path: [], message: "expected object, received array" }]);
    const drift = await invitationsList(testCore(fakeFetch([json({ data: [invitationJson({ created_at: "x" })] })]), strict), { paginated: true });
    if (drift.ok || drift.error.kind !== "response-validation") throw new Error("expected response-validation");
    expect(drift.error.issues).toEqual([
      { path: ["data", 0, "created_at"], message: "expected number, received string" },
      { path: ["total_count"], message: "required number, but missing" },
    ]);
  });
});
