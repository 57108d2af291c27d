// A sample of generated functions, at least one per method × body kind: the exact URL, method,
// headers and body that reach `fetch`, and the value the call resolves to.
import { describe, expect, test } from "vitest";
import type { ClerkCore } from "../../src/core/core.js";
import type { Result } from "../../src/core/result.js";
import { actorTokensRevoke } from "../../src/funcs/actorTokensRevoke.js";
import { instanceSettingsUpdate } from "../../src/funcs/instanceSettingsUpdate.js";
import { invitationsBulkCreate } from "../../src/funcs/invitationsBulkCreate.js";
import { miscellaneousGetPublicInterstitial } from "../../src/funcs/miscellaneousGetPublicInterstitial.js";
import { organizationMembershipsCreate } from "../../src/funcs/organizationMembershipsCreate.js";
import { organizationMembershipsUpdate } from "../../src/funcs/organizationMembershipsUpdate.js";
import { organizationsUploadLogo } from "../../src/funcs/organizationsUploadLogo.js";
import { templatesPreview } from "../../src/funcs/templatesPreview.js";
import { usersCreate } from "../../src/funcs/usersCreate.js";
import { usersDelete } from "../../src/funcs/usersDelete.js";
import { usersGet } from "../../src/funcs/usersGet.js";
import { usersList } from "../../src/funcs/usersList.js";
import { usersReplaceMetadata } from "../../src/funcs/usersReplaceMetadata.js";
import { usersSetProfileImage } from "../../src/funcs/usersSetProfileImage.js";
import { webhooksDeleteSvixApp } from "../../src/funcs/webhooksDeleteSvixApp.js";
import { fakeFetch, json, text, type ReplyInit } from "../helpers/fakeFetch.js";
import { deletedJson, invitationJson, membershipJson, organizationWithLogoJson, SECRET_KEY, testCore, userJson } from "../helpers/fixtures.js";

const API = "https://api.clerk.com/v1";

/** The headers every authenticated request carries, exactly (names lower-case). */
const BASE = {
  accept: "application/json",
  authorization: `Bearer ${SECRET_KEY}`,
  "clerk-api-version": "2026-05-12",
  "user-agent": "clerk-fn/0.1.0",
};
const JSON_BODY = { ...BASE, "content-type": "application/json" };
const MULTIPART = { ...BASE, "content-type": expect.stringMatching(/^multipart\/form-data; boundary=\S+$/) };

interface Case {
  name: string;
  run: (core: ClerkCore) => Promise<Result<unknown, unknown>>;
  reply: ReplyInit;
  method: string;
  url: string;
  headers: Record<string, unknown>;
  /** The exact body text, `undefined` for none, or a check of the multipart parts. */
  body: string | undefined | ((form: FormData) => Promise<void>);
  /** What the call resolves to (checked with toEqual, or by a function). */
  value: unknown;
}

const avatar = new File(["PNGDATA"], "avatar.png", { type: "image/png" });
const logo = new File(["<svg/>"], "logo.svg", { type: "image/svg+xml" });

const cases: Case[] = [
  {
    name: "GET, path param, no body: usersGet",
    run: (core) => usersGet(core, { user_id: "user_2abc" }),
    reply: json(userJson()),
    method: "GET",
    url: `${API}/users/user_2abc`,
    headers: BASE,
    body: undefined,
    value: userJson(),
  },
  {
    name: "GET with query: usersList",
    run: (core) => usersList(core, { email_address: ["a@x.io", "b@x.io"], banned: false, limit: 20, offset: 40, order_by: "-created_at" }),
    reply: json([userJson()]),
    method: "GET",
    url: `${API}/users?email_address=a%40x.io&email_address=b%40x.io&banned=false&limit=20&offset=40&order_by=-created_at`,
    headers: BASE,
    body: undefined,
    value: [userJson()],
  },
  {
    name: "POST, JSON fields without path params: usersCreate",
    run: (core) => usersCreate(core, { email_address: ["ada@example.com"], first_name: "Ada", public_metadata: { plan: "pro" }, skip_password_checks: true }),
    reply: json(userJson()),
    method: "POST",
    url: `${API}/users`,
    headers: JSON_BODY,
    body: '{"first_name":"Ada","email_address":["ada@example.com"],"skip_password_checks":true,"public_metadata":{"plan":"pro"}}',
    value: userJson(),
  },
  {
    name: "POST, JSON fields side by side with a path param: organizationMembershipsCreate",
    run: (core) => organizationMembershipsCreate(core, { organization_id: "org_1", user_id: "user_1", role: "org:admin", public_metadata: { team: "core" } }),
    reply: json(membershipJson()),
    method: "POST",
    url: `${API}/organizations/org_1/memberships`,
    headers: JSON_BODY,
    body: '{"user_id":"user_1","role":"org:admin","public_metadata":{"team":"core"}}',
    value: membershipJson(),
  },
  {
    name: "POST, path param, no body: actorTokensRevoke",
    run: (core) => actorTokensRevoke(core, { actor_token_id: "act_1" }),
    reply: json({ object: "actor_token", id: "act_1", status: "revoked", user_id: "user_1", actor: { sub: "user_2" }, created_at: 1, updated_at: 2 }),
    method: "POST",
    url: `${API}/actor_tokens/act_1/revoke`,
    headers: BASE,
    body: undefined,
    value: { object: "actor_token", id: "act_1", status: "revoked", user_id: "user_1", actor: { sub: "user_2" }, created_at: 1, updated_at: 2 },
  },
  {
    name: "POST, whole-array body under `body`: invitationsBulkCreate",
    run: (core) => invitationsBulkCreate(core, { body: [{ email_address: "a@x.io" }, { email_address: "b@x.io", notify: false, expires_in_days: 7 }] }),
    reply: json([invitationJson({ id: "inv_a" }), invitationJson({ id: "inv_b" })]),
    method: "POST",
    url: `${API}/invitations/bulk`,
    headers: JSON_BODY,
    body: '[{"email_address":"a@x.io"},{"email_address":"b@x.io","notify":false,"expires_in_days":7}]',
    value: [invitationJson({ id: "inv_a" }), invitationJson({ id: "inv_b" })],
  },
  {
    name: "POST, whole-object body under `body` beside path params: templatesPreview",
    run: (core) => templatesPreview(core, { template_type: "email", slug: "verification_code", body: { subject: "Hi", body: "{{code}}" } }),
    reply: json({ subject: "Hi", html: "<p>123456</p>" }),
    method: "POST",
    url: `${API}/templates/email/verification_code/preview`,
    headers: JSON_BODY,
    body: '{"subject":"Hi","body":"{{code}}"}',
    value: { subject: "Hi", html: "<p>123456</p>" },
  },
  {
    name: "POST, multipart upload: usersSetProfileImage",
    run: (core) => usersSetProfileImage(core, { user_id: "user_1", file: avatar }),
    reply: json(userJson({ has_image: true })),
    method: "POST",
    url: `${API}/users/user_1/profile_image`,
    headers: MULTIPART,
    body: async (form) => {
      expect([...form.keys()]).toEqual(["file"]);
      const file = form.get("file") as File;
      expect([file.name, file.type, await file.text()]).toEqual(["avatar.png", "image/png", "PNGDATA"]);
    },
    value: userJson({ has_image: true }),
  },
  {
    name: "PATCH, JSON body with two path params: organizationMembershipsUpdate",
    run: (core) => organizationMembershipsUpdate(core, { organization_id: "org_1", user_id: "user_1", role: "org:member" }),
    reply: json(membershipJson({ role: "org:member" })),
    method: "PATCH",
    url: `${API}/organizations/org_1/memberships/user_1`,
    headers: JSON_BODY,
    body: '{"role":"org:member"}',
    value: membershipJson({ role: "org:member" }),
  },
  {
    name: "PATCH answered 204: instanceSettingsUpdate resolves to undefined",
    run: (core) => instanceSettingsUpdate(core, { test_mode: true, allowed_origins: ["https://app.example.com"], support_email: null }),
    reply: { status: 204 },
    method: "PATCH",
    url: `${API}/instance`,
    headers: JSON_BODY,
    body: '{"test_mode":true,"support_email":null,"allowed_origins":["https://app.example.com"]}',
    value: undefined,
  },
  {
    name: "PUT, JSON body: usersReplaceMetadata",
    run: (core) => usersReplaceMetadata(core, { user_id: "user_1", public_metadata: { a: 1 }, private_metadata: {} }),
    reply: json(userJson({ public_metadata: { a: 1 } })),
    method: "PUT",
    url: `${API}/users/user_1/metadata`,
    headers: JSON_BODY,
    body: '{"public_metadata":{"a":1},"private_metadata":{}}',
    value: userJson({ public_metadata: { a: 1 } }),
  },
  {
    name: "PUT, multipart with a text field: organizationsUploadLogo",
    run: (core) => organizationsUploadLogo(core, { organization_id: "org_1", uploader_user_id: "user_1", file: logo }),
    reply: json(organizationWithLogoJson()),
    method: "PUT",
    url: `${API}/organizations/org_1/logo`,
    headers: MULTIPART,
    body: async (form) => {
      expect([...form.keys()]).toEqual(["uploader_user_id", "file"]);
      expect(form.get("uploader_user_id")).toBe("user_1");
      const file = form.get("file") as File;
      expect([file.name, file.type, await file.text()]).toEqual(["logo.svg", "image/svg+xml", "<svg/>"]);
    },
    value: organizationWithLogoJson(),
  },
  {
    name: "DELETE with a path param: usersDelete",
    run: (core) => usersDelete(core, { user_id: "user_1" }),
    reply: json(deletedJson("user_1")),
    method: "DELETE",
    url: `${API}/users/user_1`,
    headers: BASE,
    body: undefined,
    value: deletedJson("user_1"),
  },
  {
    name: "DELETE answered 204: webhooksDeleteSvixApp resolves to undefined",
    run: (core) => webhooksDeleteSvixApp(core),
    reply: { status: 204 },
    method: "DELETE",
    url: `${API}/webhooks/svix`,
    headers: BASE,
    body: undefined,
    value: undefined,
  },
  {
    name: "GET, public text operation: miscellaneousGetPublicInterstitial sends no Authorization",
    run: (core) => miscellaneousGetPublicInterstitial(core, { frontendApi: "clerk.example.com", publishable_key: "pk_test_abc", use_domain_for_script: true }),
    reply: text("<html>interstitial</html>", { headers: { "content-type": "text/html" } }),
    method: "GET",
    url: `${API}/public/interstitial?frontendApi=clerk.example.com&publishable_key=pk_test_abc&use_domain_for_script=true`,
    headers: { accept: "text/html, */*", "clerk-api-version": BASE["clerk-api-version"], "user-agent": BASE["user-agent"] },
    body: undefined,
    value: "<html>interstitial</html>",
  },
];

describe("generated functions send exactly what the API expects", () => {
  test.each(cases.map((c) => [c.name, c] as const))("%s", async (_, c) => {
    const fake = fakeFetch([c.reply]);
    const res = await c.run(testCore(fake));
    expect(res).toEqual({ ok: true, value: c.value });
    expect(fake.calls).toHaveLength(1);
    const seen = fake.calls[0]!;
    expect(seen.method).toBe(c.method);
    expect(seen.url).toBe(c.url);
    expect(seen.headers).toEqual(c.headers);
    if (typeof c.body === "function") {
      expect(seen.form).toBeInstanceOf(FormData);
      await c.body(seen.form!);
    } else {
      expect(seen.body).toBe(c.body);
    }
  });

  test("the sample covers every method", () => {
    expect(new Set(cases.map((c) => c.method))).toEqual(new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]));
  });
});
