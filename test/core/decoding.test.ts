// Decoding of 2xx answers: typed values, forward compatibility, and what a caller gets when the
// body is not what the spec documents (strict and lax).
import { describe, expect, test, vi } from "vitest";
import { invitationsCreate } from "../../src/funcs/invitationsCreate.js";
import { miscellaneousGetPublicInterstitial } from "../../src/funcs/miscellaneousGetPublicInterstitial.js";
import { usersGet } from "../../src/funcs/usersGet.js";
import { usersList } from "../../src/funcs/usersList.js";
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

describe("bodies that do not match the spec", () => {
  test("truncated JSON on a 200 gives response-validation with the raw body", async () => {
    const raw = JSON.stringify(userJson()).slice(0, 40);
    const fake = fakeFetch([text(raw, { headers: { "content-type": "application/json" } })]);
    const res = await usersGet(testCore(fake), { user_id: "user_2abc" });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.kind).toBe("response-validation");
    if (res.error.kind !== "response-validation") return;
    expect(res.error.status).toBe(200);
    expect(res.error.body).toBe(raw);
    expect(res.error.data).toBeUndefined();
    expect(res.error.issues[0]?.message).toMatch(/not valid JSON/);
  });

  test("an empty 200 body where JSON is documented gives response-validation", async () => {
    const fake = fakeFetch([{ status: 200, text: "" }]);
    const res = await usersGet(testCore(fake), { user_id: "user_2abc" });
    expect(!res.ok && res.error.kind).toBe("response-validation");
  });

  test("a required field of the wrong type gives response-validation with raw body, parsed data and issues", async () => {
    const body = userJson({ created_at: "yesterday" });
    const fake = fakeFetch([json(body)]);
    const res = await usersGet(testCore(fake), { user_id: "user_2abc" });
    expect(res.ok).toBe(false);
    if (res.ok || res.error.kind !== "response-validation") throw new Error("expected response-validation");
    expect(res.error.body).toBe(JSON.stringify(body));
    expect(res.error.data).toEqual(body);
    expect(res.error.issues).toEqual([expect.objectContaining({ path: ["created_at"] })]);
    expect(res.error.headers.get("content-type")).toBe("application/json");
    expect(res.error.message).toMatch(/created_at/);
  });

  test("a missing required field deep in a list names its path", async () => {
    const bad = userJson();
    delete bad.banned;
    const fake = fakeFetch([json([userJson(), bad])]);
    const res = await usersList(testCore(fake));
    if (res.ok || res.error.kind !== "response-validation") throw new Error("expected response-validation");
    expect(res.error.issues.map((i) => i.path)).toContainEqual([1, "banned"]);
  });

  test('responseValidation: "lax" returns the body as it came and logs a warning', async () => {
    const body = userJson({ created_at: "yesterday" });
    const logger = { debug: vi.fn(), warn: vi.fn() };
    const fake = fakeFetch([json(body)]);
    const core = testCore(fake, { responseValidation: "lax", debugLogger: logger });
    const res = await usersGet(core, { user_id: "user_2abc" });
    expect(res).toEqual({ ok: true, value: body });
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0]?.[0]).toMatch(/GetUser.*lax/);
    expect(logger.warn.mock.calls[0]?.[1]).toMatchObject({ issues: [expect.objectContaining({ path: ["created_at"] })] });
  });

  test('responseValidation: "lax" still reports a body that is not JSON', async () => {
    const fake = fakeFetch([text("{oops", { headers: { "content-type": "application/json" } })]);
    const res = await usersGet(testCore(fake, { responseValidation: "lax" }), { user_id: "user_2abc" });
    expect(!res.ok && res.error.kind).toBe("response-validation");
  });
});
