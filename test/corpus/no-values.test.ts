// Responses and webhook payloads carry personal data. Every way a body can fail or drift — in
// core decoding (every policy, envelopes, pagination) and in webhooks — is fed bodies full of
// recognisable values (emails, names, ids, phone numbers, metadata), and no message, issue, drift
// report, log line, String(error), JSON.stringify(error) or util.inspect(error) may contain any
// of them. The raw body stays reachable as `error.body` (and the parsed JSON as `error.data`):
// the documented escape hatch, which the renderings checked here do not show.
import { createHmac } from "node:crypto";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { ClerkCore, paginate } from "../../src/core/index.js";
import { invitationsList } from "../../src/funcs/invitationsList.js";
import { usersGet } from "../../src/funcs/usersGet.js";
import { usersList } from "../../src/funcs/usersList.js";
import { verifyWebhook } from "../../src/webhooks/index.js";
import { fakeFetch, json, text } from "../helpers/fakeFetch.js";
import { invitationJson, userJson } from "../helpers/fixtures.js";

/** A user whose every value is recognisable and appears nowhere in a schema or message. */
function personalUser(n = 0): Record<string, unknown> {
  return userJson({
    id: `user_2LeakCheck${n}Qz`,
    first_name: "Adelaide",
    last_name: "Lovelacington",
    username: "adalove1815",
    external_id: "crm-customer-770042",
    image_url: "https://img.example.test/adelaide-lovelacington.png",
    public_metadata: { ssn: "078-05-1120", nickname: "Countess Ada" },
    private_metadata: { iban: "GB82WEST12345698765432" },
    last_sign_in_at: 1699999999123,
    email_addresses: [
      {
        ...(userJson().email_addresses as Record<string, unknown>[])[0],
        id: `idn_2LeakEmail${n}Xy`,
        email_address: `adelaide.lovelacington+${n}@analytical-engine.test`,
      },
    ],
  });
}

/** The values a message must never show: string leaves (not key names) and long numbers. */
function valuesOf(body: unknown): string[] {
  const keys = new Set<string>();
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === "string") out.add(v);
    else if (typeof v === "number" && Math.abs(v) >= 100_000) out.add(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) (keys.add(k), walk(x));
  };
  walk(body);
  // Short words and schema words (an `object: "user"` value) say nothing about a person.
  return [...out].filter((v) => v.length >= 6 && !keys.has(v) && !/^(string|number|object|boolean|array|verified|email_code|verification_otp|email_address|unverified)$/.test(v));
}

/** Every field of the wrong JSON type, the value kept inside: strings in arrays, numbers as text. */
function spoiled(value: unknown): unknown {
  if (typeof value === "string") return [value];
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(spoiled);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, spoiled(v)]));
  return value;
}

function renderings(error: unknown): string[] {
  const e = error as { message?: string; issues?: unknown; cause?: unknown };
  return [
    String(error),
    e.message ?? "",
    JSON.stringify(error),
    inspect(error, { depth: 20 }),
    JSON.stringify(e.issues ?? []),
    inspect(e.cause, { depth: 20 }),
  ];
}

function expectNoValues(what: string, outputs: readonly string[], values: readonly string[]): void {
  expect(values.length, "the body has values to look for").toBeGreaterThanOrEqual(4);
  for (const output of outputs) for (const value of values) expect(output, `${what} shows ${value}`).not.toContain(value);
}

const noRetry = { retry: false as const };

describe("core: no error, issue or drift report shows a value of the body", () => {
  const user = personalUser();
  const values = valuesOf(user);

  it("not JSON (a truncated body), under every policy", async () => {
    const raw = JSON.stringify(user).slice(0, -3);
    for (const policy of ["tolerant", "strict", "off"] as const) {
      const core = new ClerkCore({ secretKey: "sk_test_x", ...noRetry, responseValidation: policy, fetch: fakeFetch([text(raw)]).fetch });
      const res = await usersGet(core, { user_id: "user_1" });
      if (res.ok || res.error.kind !== "response-validation") throw new Error(`expected response-validation (${policy})`);
      expectNoValues(`not JSON (${policy})`, renderings(res.error), values);
      expect(res.error.body).toBe(raw); // the escape hatch is there
    }
  });

  it("strict: every field of the wrong type", async () => {
    const body = spoiled(user);
    const core = new ClerkCore({ secretKey: "sk_test_x", ...noRetry, responseValidation: "strict", fetch: fakeFetch([json(body)]).fetch });
    const res = await usersGet(core, { user_id: "user_1" });
    if (res.ok || res.error.kind !== "response-validation") throw new Error("expected response-validation");
    expect(res.error.issues.length).toBeGreaterThan(10);
    expectNoValues("strict issues", renderings(res.error), values);
    expect(res.error.data).toEqual(body);
    expect(res.error.body).toContain("Lovelacington");
  });

  it("strict: nulls and missing fields in a list, and a list where an object is expected", async () => {
    const page = [personalUser(1), { ...personalUser(2), first_name: null, banned: undefined, email_addresses: null }, [personalUser(3)]];
    const core = new ClerkCore({ secretKey: "sk_test_x", ...noRetry, responseValidation: "strict", fetch: fakeFetch([json(page)]).fetch });
    const res = await usersList(core);
    if (res.ok) throw new Error("expected an error");
    expectNoValues("strict list", renderings(res.error), valuesOf(page));
  });

  it("tolerant: the wrong top-level kind, and drift told to onDrift and to debugLogger.warn", async () => {
    const wrongKind = new ClerkCore({ secretKey: "sk_test_x", ...noRetry, fetch: fakeFetch([json({ data: [user], note: "Adelaide Lovelacington" })]).fetch });
    const res = await usersList(wrongKind);
    if (res.ok) throw new Error("expected an error");
    expectNoValues("wrong kind", renderings(res.error), values);

    const reports: unknown[] = [];
    const logged: unknown[] = [];
    const body = spoiled(user);
    const withHook = new ClerkCore({ secretKey: "sk_test_x", ...noRetry, hooks: { onDrift: (issues, context) => reports.push(issues, context) }, fetch: fakeFetch([json(body)]).fetch });
    expect((await usersGet(withHook, { user_id: "user_1" })).ok).toBe(true);
    const logger = { debug: (...args: unknown[]) => logged.push(args), warn: (...args: unknown[]) => logged.push(args) };
    const withLogger = new ClerkCore({ secretKey: "sk_test_x", ...noRetry, debugLogger: logger, fetch: fakeFetch([json(body)]).fetch });
    expect((await usersGet(withLogger, { user_id: "user_1" })).ok).toBe(true);
    expect(reports.length).toBe(2);
    expect(logged.length).toBeGreaterThan(0);
    expectNoValues("drift reports", [JSON.stringify(reports), inspect(reports, { depth: 20 }), JSON.stringify(logged), inspect(logged, { depth: 20 })], values);
  });

  it("the paginated envelope, and a page that makes no progress", async () => {
    const invitation = invitationJson({ id: "inv_2LeakInvite77", email_address: "ada.countess@analytical-engine.test", public_metadata: { referral: "Babbage-Charles-1791" } });
    const envelope = { data: [spoiled(invitation)], total_count: "one hundred" };
    const strict = new ClerkCore({ secretKey: "sk_test_x", ...noRetry, responseValidation: "strict", fetch: fakeFetch([json(envelope)]).fetch });
    const res = await invitationsList(strict, { paginated: true });
    if (res.ok) throw new Error("expected an error");
    expectNoValues("envelope", renderings(res.error), valuesOf(invitation));

    const fullPage = Array.from({ length: 10 }, (_, i) => personalUser(i));
    const repeating = new ClerkCore({ secretKey: "sk_test_x", ...noRetry, fetch: fakeFetch(() => json(fullPage)).fetch });
    const errors: unknown[] = [];
    for await (const page of paginate(repeating, usersList, { limit: 10 })) if (!page.ok) errors.push(page.error);
    expect(errors).toHaveLength(1);
    expectNoValues("pagination error", renderings(errors[0]), valuesOf(fullPage));
  });
});

describe("webhooks: no error or drift report shows a value of the payload", () => {
  const key = Buffer.alloc(32, 9);
  const secret = `whsec_${key.toString("base64")}`;
  const now = 1_760_000_000;
  const signedHeaders = (body: Buffer | string): Record<string, string> => ({
    "svix-id": "msg_1",
    "svix-timestamp": String(now),
    "svix-signature": `v1,${createHmac("sha256", key).update(Buffer.concat([Buffer.from(`msg_1.${now}.`), Buffer.from(body)])).digest("base64")}`,
  });
  const options = { signingSecret: secret, now: () => now * 1000 };
  const user = personalUser(5);
  const values = valuesOf(user);
  const eventOf = (data: unknown, extra: Record<string, unknown> = {}): string =>
    JSON.stringify({ object: "event", type: "user.created", instance_id: "ins_1", timestamp: now * 1000, data, ...extra });

  it("every refusal: strict drift, no type, not JSON, not UTF-8, wrong signature", async () => {
    const payloads: [string, Buffer | string, Record<string, unknown>][] = [
      ["strict drift", eventOf(spoiled(user)), { strict: true }],
      ["array payload", JSON.stringify([user]), {}],
      ["no string type", JSON.stringify({ type: ["user.created"], data: user }), {}],
      ["not JSON", `{"data": ${JSON.stringify(user)}, oops`, {}],
      ["not UTF-8", Buffer.concat([Buffer.from(eventOf(user).slice(0, -1)), Buffer.from([0xff, 0x7d])]), {}],
    ];
    for (const [what, body, extra] of payloads) {
      const result = await verifyWebhook(body, signedHeaders(body), { ...options, ...extra });
      if (result.ok) throw new Error(`expected a refusal: ${what}`);
      expectNoValues(what, renderings(result.error), values);
    }
    const tampered = eventOf(user);
    const result = await verifyWebhook(tampered + " ", signedHeaders(tampered), options);
    if (result.ok) throw new Error("expected a refusal");
    expect(result.error.reason).toBe("no-matching-signature");
    expectNoValues("wrong signature", renderings(result.error), values);
  });

  it("drift reports of a signed event that is returned", async () => {
    const reports: unknown[] = [];
    const body = eventOf(spoiled(user), { instance_id: ["ins_2LeakInstance"] });
    const result = await verifyWebhook(body, signedHeaders(body), { ...options, onDrift: (issues, context) => reports.push(issues, context) });
    expect(result.ok).toBe(true);
    expect(reports).toHaveLength(2);
    expectNoValues("webhook drift", [JSON.stringify(reports), inspect(reports, { depth: 20 })], [...values, "ins_2LeakInstance"]);
  });
});
