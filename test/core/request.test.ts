// What reaches `fetch`: checks before sending, URL and query encoding, multipart, headers.
import { describe, expect, test } from "vitest";
import { ClerkCore } from "../../src/core/core.js";
import { APIError, InvalidRequestError } from "../../src/core/errors.js";
import { unwrap } from "../../src/core/result.js";
import { miscellaneousGetPublicInterstitial } from "../../src/funcs/miscellaneousGetPublicInterstitial.js";
import { organizationDomainsListAll } from "../../src/funcs/organizationDomainsListAll.js";
import { organizationMembershipsUpdate } from "../../src/funcs/organizationMembershipsUpdate.js";
import { organizationsUploadLogo } from "../../src/funcs/organizationsUploadLogo.js";
import { usersCreate } from "../../src/funcs/usersCreate.js";
import { usersGet } from "../../src/funcs/usersGet.js";
import { usersList } from "../../src/funcs/usersList.js";
import { usersSetProfileImage } from "../../src/funcs/usersSetProfileImage.js";
import { usersUpdateMetadata } from "../../src/funcs/usersUpdateMetadata.js";
import { clerkError, fakeFetch, json, text } from "../helpers/fakeFetch.js";
import { membershipJson, organizationWithLogoJson, SECRET_KEY, testCore, userJson } from "../helpers/fixtures.js";

/** Calls with a request the types forbid, as JavaScript callers (or `any`) can. */
const loose = <R>(r: unknown): R => r as R;

async function expectInvalid(promise: Promise<{ ok: boolean; error?: unknown }>, path: (string | number)[]) {
  const res = await promise;
  expect(res.ok).toBe(false);
  const error = res.error as InvalidRequestError;
  expect(error).toBeInstanceOf(InvalidRequestError);
  expect(error.kind).toBe("invalid-request");
  expect(error.issues.map((i) => i.path)).toContainEqual(path);
  expect(error.message).toMatch(/^Invalid request, nothing was sent/);
  return error;
}

describe("invalid requests are refused before anything is sent", () => {
  test.each([
    ["an empty string", ""],
    ["whitespace", "   "],
    ["'.'", "."],
    ["'..'", ".."],
    ["missing", undefined],
    ["a number", 42],
    ["null", null],
    ["an object", { id: "user_1" }],
  ])("a path param that is %s gives invalid-request and sends nothing", async (_, user_id) => {
    const fake = fakeFetch([json(userJson())]);
    await expectInvalid(usersGet(testCore(fake), loose({ user_id })), ["user_id"]);
    expect(fake.calls).toHaveLength(0);
  });

  test("every bad path param is reported at once", async () => {
    const fake = fakeFetch([json(membershipJson())]);
    const error = await expectInvalid(
      organizationMembershipsUpdate(testCore(fake), loose({ organization_id: "", user_id: "..", role: 7 })),
      ["organization_id"],
    );
    expect(error.issues.map((i) => i.path)).toEqual([["organization_id"], ["user_id"], ["role"]]);
    expect(fake.calls).toHaveLength(0);
  });

  test("a path param with reserved characters is percent-encoded, never a different path", async () => {
    const fake = fakeFetch([json(userJson())]);
    await usersGet(testCore(fake), { user_id: "../a/b?c=d#e" });
    expect(fake.calls[0]?.url).toBe("https://api.clerk.com/v1/users/..%2Fa%2Fb%3Fc%3Dd%23e");
  });

  test("an unknown request key gives invalid-request", async () => {
    const fake = fakeFetch([json([])]);
    await expectInvalid(usersList(testCore(fake), loose({ limt: 10 })), ["limt"]);
    expect(fake.calls).toHaveLength(0);
  });

  test.each([
    ["limit as a string", { limit: "10" }, ["limit"]],
    ["limit as a fraction", { limit: 1.5 }, ["limit"]],
    ["banned as a string", { banned: "true" }, ["banned"]],
    ["email_address as a string", { email_address: "a@example.com" }, ["email_address"]],
    ["email_address with a number inside", { email_address: ["a@example.com", 3] }, ["email_address"]],
  ])("a query param of the wrong type (%s) gives invalid-request", async (_, request, path) => {
    const fake = fakeFetch([json([])]);
    await expectInvalid(usersList(testCore(fake), loose(request)), path);
    expect(fake.calls).toHaveLength(0);
  });

  test("a body field of the wrong type gives invalid-request", async () => {
    const fake = fakeFetch([json(userJson())]);
    await expectInvalid(usersCreate(testCore(fake), loose({ first_name: 123, public_metadata: [] })), ["first_name"]);
    expect(fake.calls).toHaveLength(0);
  });

  test("a missing required body field gives invalid-request", async () => {
    const fake = fakeFetch([json(membershipJson())]);
    await expectInvalid(organizationMembershipsUpdate(testCore(fake), loose({ organization_id: "org_1", user_id: "user_1" })), ["role"]);
    expect(fake.calls).toHaveLength(0);
  });

  test("a multipart file that is not a Blob gives invalid-request", async () => {
    const fake = fakeFetch([json(organizationWithLogoJson())]);
    await expectInvalid(organizationsUploadLogo(testCore(fake), loose({ organization_id: "org_1", file: "logo.png" })), ["file"]);
    expect(fake.calls).toHaveLength(0);
  });

  test.each([
    ["null", null],
    ["an array", [{ user_id: "user_1" }]],
    ["a string", "user_1"],
    ["a class instance", new URL("https://example.com")],
  ])("a request that is %s gives invalid-request", async (_, request) => {
    const fake = fakeFetch([json(userJson())]);
    const res = await usersGet(testCore(fake), loose(request));
    expect(!res.ok && res.error.kind).toBe("invalid-request");
    expect(fake.calls).toHaveLength(0);
  });

  test("a core without a secretKey gives invalid-request and sends nothing", async () => {
    const fake = fakeFetch([json(userJson())]);
    const core = new ClerkCore({ fetch: fake.fetch });
    await expectInvalid(usersGet(core, { user_id: "user_1" }), ["secretKey"]);
    expect(fake.calls).toHaveLength(0);
  });

  test("a core with an empty secretKey gives invalid-request", async () => {
    const fake = fakeFetch([json(userJson())]);
    const core = new ClerkCore({ secretKey: "", fetch: fake.fetch });
    await expectInvalid(usersGet(core, { user_id: "user_1" }), ["secretKey"]);
  });

  test("a public operation works without a secretKey", async () => {
    const fake = fakeFetch([text("<html></html>")]);
    const core = new ClerkCore({ fetch: fake.fetch });
    const res = await miscellaneousGetPublicInterstitial(core);
    expect(res).toEqual({ ok: true, value: "<html></html>" });
  });

  test("null is sent where the API allows it", async () => {
    const fake = fakeFetch([json(userJson())]);
    const res = await usersCreate(testCore(fake), { first_name: null, username: null });
    expect(res.ok).toBe(true);
    expect(fake.calls[0]?.json).toEqual({ first_name: null, username: null });
  });

  test("undefined keys are left out, as if absent", async () => {
    const fake = fakeFetch([json([])]);
    await usersList(testCore(fake), loose({ limit: undefined, query: "ada" }));
    expect(fake.calls[0]?.url).toBe("https://api.clerk.com/v1/users?query=ada");
  });
});

describe("query encoding", () => {
  test("arrays repeat the key, booleans are true/false, numbers are decimal", async () => {
    const fake = fakeFetch([json([])]);
    await usersList(testCore(fake), {
      email_address: ["a@example.com", "b@example.com"],
      banned: true,
      last_active_at_after: 1_700_690_400_000,
      limit: 10,
      offset: 0,
      order_by: "-created_at",
    });
    const url = new URL(fake.calls[0]!.url);
    expect(url.search).toBe(
      "?email_address=a%40example.com&email_address=b%40example.com&banned=true&last_active_at_after=1700690400000&limit=10&offset=0&order_by=-created_at",
    );
    expect(url.searchParams.getAll("email_address")).toEqual(["a@example.com", "b@example.com"]);
  });

  test("false is sent as false, not dropped", async () => {
    const fake = fakeFetch([json([])]);
    await usersList(testCore(fake), { banned: false });
    expect(new URL(fake.calls[0]!.url).search).toBe("?banned=false");
  });

  test("an empty array sends no value for its key", async () => {
    const fake = fakeFetch([json([])]);
    await usersList(testCore(fake), { user_id: [] });
    expect(fake.calls[0]?.url).toBe("https://api.clerk.com/v1/users");
  });

  test("spaces, plus signs and ampersands in values are escaped", async () => {
    const fake = fakeFetch([json([])]);
    await usersList(testCore(fake), { query: "a b&c=d", external_id: ["+ext_1", "-ext_2"] });
    const url = new URL(fake.calls[0]!.url);
    expect(url.searchParams.get("query")).toBe("a b&c=d");
    expect(url.searchParams.getAll("external_id")).toEqual(["+ext_1", "-ext_2"]);
  });

  test("an explode:false array is sent as one comma-separated value", async () => {
    const fake = fakeFetch([json({ data: [], total_count: 0 })]);
    await organizationDomainsListAll(testCore(fake), { enrollment_mode: ["manual_invitation", "automatic_invitation"], domains: ["a.com", "b.org"] });
    const url = new URL(fake.calls[0]!.url);
    expect(url.searchParams.getAll("enrollment_mode")).toEqual(["manual_invitation,automatic_invitation"]);
    expect(url.searchParams.getAll("domains")).toEqual(["a.com", "b.org"]);
  });
});

describe("multipart uploads", () => {
  test("usersSetProfileImage sends the file as a file part with its name and type", async () => {
    const fake = fakeFetch([json(userJson())]);
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], "avatar.png", { type: "image/png" });
    const res = await usersSetProfileImage(testCore(fake), { user_id: "user_1", file });
    expect(res.ok).toBe(true);
    const call = fake.calls[0]!;
    expect(call.method).toBe("POST");
    expect(call.url).toBe("https://api.clerk.com/v1/users/user_1/profile_image");
    expect(call.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const part = call.form?.get("file");
    expect(part).toBeInstanceOf(File);
    expect((part as File).name).toBe("avatar.png");
    expect((part as File).type).toBe("image/png");
    expect(new Uint8Array(await (part as File).arrayBuffer())).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    expect([...call.form!.keys()]).toEqual(["file"]);
    expect(call.body).toContain('Content-Disposition: form-data; name="file"; filename="avatar.png"');
  });

  test("a Blob without a name is sent as a file part with its type", async () => {
    const fake = fakeFetch([json(userJson())]);
    await usersSetProfileImage(testCore(fake), { user_id: "user_1", file: new Blob(["GIF89a"], { type: "image/gif" }) });
    const part = fake.calls[0]?.form?.get("file") as File;
    expect(part).toBeInstanceOf(File);
    expect(part.type).toBe("image/gif");
    expect(part.name).toBeTruthy();
    expect(await part.text()).toBe("GIF89a");
  });

  test("organizationsUploadLogo sends text fields beside the file", async () => {
    const fake = fakeFetch([json(organizationWithLogoJson())]);
    const file = new File(["<svg/>"], "logo.svg", { type: "image/svg+xml" });
    const res = await organizationsUploadLogo(testCore(fake), { organization_id: "org_1", uploader_user_id: "user_1", file });
    expect(res.ok).toBe(true);
    const form = fake.calls[0]!.form!;
    expect(form.get("uploader_user_id")).toBe("user_1");
    expect((form.get("file") as File).name).toBe("logo.svg");
  });
});

describe("headers and server URL", () => {
  test("every request carries Bearer auth, the API version, a user agent and Accept", async () => {
    const fake = fakeFetch([json(userJson())]);
    await usersGet(testCore(fake), { user_id: "user_1" });
    const h = fake.calls[0]!.headers;
    expect(h.authorization).toBe(`Bearer ${SECRET_KEY}`);
    expect(h["clerk-api-version"]).toBe("2026-05-12");
    expect(h["user-agent"]).toMatch(/^clerk-fn\/\d+\.\d+\.\d+/);
    expect(h.accept).toBe("application/json");
    expect(h["content-type"]).toBeUndefined(); // a GET has no body
  });

  test("apiVersion overrides Clerk-API-Version", async () => {
    const fake = fakeFetch([json(userJson())]);
    await usersGet(testCore(fake, { apiVersion: "2025-11-10" }), { user_id: "user_1" });
    expect(fake.calls[0]?.headers["clerk-api-version"]).toBe("2025-11-10");
  });

  test.each([
    ["without a trailing slash", "https://clerk-proxy.example.com/bapi/v1"],
    ["with a trailing slash", "https://clerk-proxy.example.com/bapi/v1/"],
    ["with several trailing slashes", "https://clerk-proxy.example.com/bapi/v1//"],
  ])("a custom serverURL %s is joined with a single slash", async (_, serverURL) => {
    const fake = fakeFetch([json(userJson())]);
    await usersGet(testCore(fake, { serverURL }), { user_id: "user_1" });
    expect(fake.calls[0]?.url).toBe("https://clerk-proxy.example.com/bapi/v1/users/user_1");
  });

  test("the default server is https://api.clerk.com/v1", async () => {
    const fake = fakeFetch([json([])]);
    await usersList(testCore(fake));
    expect(fake.calls[0]?.url).toBe("https://api.clerk.com/v1/users");
  });

  test("per-call headers are sent and override core headers", async () => {
    const fake = fakeFetch([json(userJson())]);
    const core = testCore(fake, { headers: { "x-app": "core", "x-team": "core" } });
    await usersGet(core, { user_id: "user_1" }, { headers: { "x-team": "call", "x-request-id": "abc" } });
    const h = fake.calls[0]!.headers;
    expect(h["x-app"]).toBe("core");
    expect(h["x-team"]).toBe("call");
    expect(h["x-request-id"]).toBe("abc");
  });

  test("per-call headers cannot replace Authorization or the API version", async () => {
    const fake = fakeFetch([json(userJson())]);
    await usersGet(testCore(fake), { user_id: "user_1" }, { headers: { Authorization: "Bearer sk_other", "Clerk-API-Version": "1999-01-01" } });
    expect(fake.calls[0]?.headers.authorization).toBe(`Bearer ${SECRET_KEY}`);
    expect(fake.calls[0]?.headers["clerk-api-version"]).toBe("2026-05-12");
  });

  test("a caller's User-Agent is kept", async () => {
    const fake = fakeFetch([json(userJson())]);
    await usersGet(testCore(fake), { user_id: "user_1" }, { headers: { "User-Agent": "my-app/2.0" } });
    expect(fake.calls[0]?.headers["user-agent"]).toBe("my-app/2.0");
  });

  test("the public text operation never sends Authorization, even when a header asks for it", async () => {
    const fake = fakeFetch([text("<html></html>")]);
    await miscellaneousGetPublicInterstitial(testCore(fake, { headers: { Authorization: "Bearer x" } }), {}, { headers: { authorization: "Bearer y" } });
    expect(fake.calls[0]?.headers.authorization).toBeUndefined();
  });

  test("fetchOptions reach fetch", async () => {
    const fake = fakeFetch([json(userJson())]);
    await usersGet(testCore(fake), { user_id: "user_1" }, { fetchOptions: { cache: "no-store", keepalive: true } });
    const seen = fake.calls[0]!.request;
    expect(seen.cache).toBe("no-store");
    expect(seen.keepalive).toBe(true);
  });

  test("the global fetch is used, read at call time, when none is injected", async () => {
    const fake = fakeFetch([json(userJson())]);
    const original = globalThis.fetch;
    globalThis.fetch = fake.fetch;
    try {
      const core = new ClerkCore({ secretKey: SECRET_KEY });
      const res = await usersGet(core, { user_id: "user_1" });
      expect(res.ok).toBe(true);
      expect(fake.calls).toHaveLength(1);
    } finally {
      globalThis.fetch = original;
    }
  });
});

describe("unwrap", () => {
  test("unwrap returns the value of a successful call", async () => {
    const fake = fakeFetch([json(userJson())]);
    const user = unwrap(await usersGet(testCore(fake), { user_id: "user_1" }));
    expect(user.id).toBe("user_2abc");
  });

  test("unwrap throws the error of a failed call, as the error class", async () => {
    const fake = fakeFetch([clerkError(404, [{ code: "resource_not_found", message: "not found" }])]);
    const res = await usersGet(testCore(fake), { user_id: "user_1" });
    expect(() => unwrap(res)).toThrow(APIError);
    expect(() => unwrap(res)).toThrow("API error 404: not found (resource_not_found)");
  });
});

describe("bodies that cannot be JSON", () => {
  test("a BigInt or a cycle deep in a metadata object is invalid-request and nothing is sent", async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const public_metadata of [{ n: 10n }, cyclic]) {
      const fake = fakeFetch(() => json(200, {}));
      const res = await usersUpdateMetadata(testCore(fake), { user_id: "user_1", public_metadata });
      expect(!res.ok && res.error.kind).toBe("invalid-request");
      expect(fake.calls).toHaveLength(0);
    }
  });
});
