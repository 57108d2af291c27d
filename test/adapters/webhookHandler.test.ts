// createWebhookHandler on Fetch API Requests: the answers Svix gets, dedupe, dispatch, reporting.
import { Webhook } from "standardwebhooks";
import { describe, expect, test, vi } from "vitest";
import { createWebhookHeaders } from "../../src/webhooks/index.js";
import { createWebhookHandler, memoryDedupeStore, WebhookHandlerError, type DedupeStore, type WebhookHandlerOptions } from "../../src/webhooks/index.js";

const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const URL_ = "https://app.example.com/webhooks/clerk";

const userCreated = (id = "user_29w83sxmDNGwOuEthce5gg56FcC") =>
  JSON.stringify({
    object: "event",
    type: "user.created",
    timestamp: 1654012591835,
    instance_id: "ins_123",
    data: {
      object: "user",
      id,
      backup_code_enabled: false,
      banned: false,
      create_organization_enabled: true,
      created_at: 1654012591514,
      delete_self_enabled: true,
      email_addresses: [],
      enterprise_accounts: [],
      external_accounts: [],
      external_id: null,
      first_name: "Example",
      has_image: false,
      image_url: "https://img.clerk.com/xxxxxx",
      last_active_at: null,
      last_name: null,
      last_sign_in_at: null,
      legal_accepted_at: null,
      locked: false,
      lockout_expires_in_seconds: null,
      mfa_disabled_at: null,
      mfa_enabled_at: null,
      passkeys: [],
      password_enabled: false,
      phone_numbers: [],
      primary_email_address_id: null,
      primary_phone_number_id: null,
      primary_web3_wallet_id: null,
      private_metadata: {},
      profile_image_url: "https://www.gravatar.com/avatar?d=mp",
      public_metadata: {},
      saml_accounts: [],
      totp_enabled: false,
      two_factor_enabled: false,
      unsafe_metadata: {},
      updated_at: 1654012591835,
      username: null,
      verification_attempts_remaining: null,
      web3_wallets: [],
    },
  });

async function delivery(payload: string, id = "msg_1", init: RequestInit = {}): Promise<Request> {
  const headers = await createWebhookHeaders(payload, { signingSecret: SECRET, id });
  if (!headers.ok) throw headers.error;
  return new Request(URL_, { method: "POST", body: payload, headers: { ...headers.value, "content-type": "application/json" }, ...init });
}

function handler(on: WebhookHandlerOptions["on"], extra: Partial<WebhookHandlerOptions> = {}) {
  const errors: WebhookHandlerError[] = [];
  const handle = createWebhookHandler({ signingSecret: SECRET, on, onError: (e) => void errors.push(e), ...extra });
  return { handle, errors };
}

describe("dispatch by event type", () => {
  test("the handler of the event's type gets the verified event, typed, and the message id; 200", async () => {
    const seen: string[] = [];
    const { handle } = handler({
      "user.created": (event, { id }) => {
        // Typed by key: data is a User.
        seen.push(`${id}:${event.data.id}:${event.data.first_name}`);
      },
      "user.deleted": () => seen.push("wrong handler"),
    });
    const res = await handle(await delivery(userCreated()));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: true });
    expect(seen).toEqual(["msg_1:user_29w83sxmDNGwOuEthce5gg56FcC:Example"]);
  });

  test("an event type without a handler, and one this SDK does not know, are answered 200 unhandled", async () => {
    const called = vi.fn();
    const { handle } = handler({ "organization.created": called });
    for (const payload of [userCreated(), JSON.stringify({ object: "event", type: "brand_new.thing", timestamp: 1, instance_id: "ins_123", data: { id: "x" } })]) {
      const res = await handle(await delivery(payload));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ received: true, handled: false });
    }
    expect(called).not.toHaveBeenCalled();
  });

  test("event types named like Object.prototype members never reach the prototype", async () => {
    const { handle, errors } = handler({});
    for (const type of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      const res = await handle(await delivery(JSON.stringify({ object: "event", type, timestamp: 1, instance_id: "ins_123", data: {} })));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ received: true, handled: false });
    }
    expect(errors).toEqual([]);
  });

  test("an async handler is awaited before the answer", async () => {
    let done = false;
    const { handle } = handler({ "user.created": async () => void (await new Promise((r) => setTimeout(r, 20)), (done = true)) });
    const res = await handle(await delivery(userCreated()));
    expect(res.status).toBe(200);
    expect(done).toBe(true);
  });
});

describe("signed by the outside reference (standardwebhooks, the scheme Svix implements)", () => {
  test("accepted with svix-* and with webhook-* header names; a signature under another secret is refused", async () => {
    const ids: string[] = [];
    const { handle } = handler({ "user.created": (_event, { id }) => void ids.push(id) }, { dedupe: true });
    const payload = userCreated();
    const signature = new Webhook(SECRET).sign("msg_ref_1", new Date(), payload);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const svix = { "svix-id": "msg_ref_1", "svix-timestamp": timestamp, "svix-signature": signature };
    expect((await handle(new Request(URL_, { method: "POST", body: payload, headers: svix }))).status).toBe(200);
    const second = new Webhook(SECRET).sign("msg_ref_2", new Date(), payload);
    const standard = { "webhook-id": "msg_ref_2", "webhook-timestamp": timestamp, "webhook-signature": second };
    expect((await handle(new Request(URL_, { method: "POST", body: payload, headers: standard }))).status).toBe(200);
    expect(ids).toEqual(["msg_ref_1", "msg_ref_2"]);
    // Dedupe keys on the webhook-id as well.
    expect(await (await handle(new Request(URL_, { method: "POST", body: payload, headers: standard }))).json()).toEqual({ received: true, duplicate: true });
    const foreign = new Webhook("whsec_" + Buffer.from("another-endpoint-secret-32bytes!").toString("base64")).sign("msg_ref_3", new Date(), payload);
    const refused = await handle(new Request(URL_, { method: "POST", body: payload, headers: { ...svix, "svix-id": "msg_ref_3", "svix-signature": foreign } }));
    expect(refused.status).toBe(400);
  });
});

describe("refused deliveries", () => {
  test("a wrong signature is 400 with the reason, reported, and the handler does not run", async () => {
    const called = vi.fn();
    const { handle, errors } = handler({ "user.created": called });
    const good = await delivery(userCreated());
    const tampered = new Request(URL_, { method: "POST", headers: good.headers, body: userCreated("user_evil") });
    const res = await handle(tampered);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: "no-matching-signature" });
    expect(called).not.toHaveBeenCalled();
    expect(errors.map((e) => [e.reason, e.messageId])).toEqual([["verification-failed", "msg_1"]]);
    // The report says what failed without the secret or the signature.
    const text = `${errors[0]!.message} ${String((errors[0]!.cause as Error).message)}`;
    expect(text).not.toContain(SECRET.slice(6));
    expect(text).not.toContain(good.headers.get("svix-signature")!.slice(3));
  });

  test("missing headers and stale timestamps are 400; no signing secret is 500 (retry after the fix)", async () => {
    const { handle } = handler({});
    const bare = await handle(new Request(URL_, { method: "POST", body: userCreated() }));
    expect([bare.status, await bare.json()]).toEqual([400, { error: "missing-headers" }]);
    const stale = await createWebhookHeaders(userCreated(), { signingSecret: SECRET, id: "msg_old", timestamp: Math.floor(Date.now() / 1000) - 3600 });
    const old = await handle(new Request(URL_, { method: "POST", body: userCreated(), headers: stale.ok ? stale.value : {} }));
    expect([old.status, await old.json()]).toEqual([400, { error: "timestamp-too-old" }]);
    const misconfigured = createWebhookHandler({ signingSecret: "", on: {} });
    expect((await misconfigured(await delivery(userCreated()))).status).toBe(500);
  });

  test("other methods than POST are 405 with Allow", async () => {
    const { handle } = handler({});
    const res = await handle(new Request(URL_, { method: "GET" }));
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
  });
});

describe("a failing handler", () => {
  test("throw or reject → 500 (Svix retries) and reported with the cause; the retry runs and succeeds", async () => {
    let attempts = 0;
    const boom = new Error("database down");
    const { handle, errors } = handler(
      {
        "user.created": async () => {
          attempts += 1;
          if (attempts === 1) throw boom;
        },
      },
      { dedupe: true },
    );
    const payload = userCreated();
    const first = await handle(await delivery(payload, "msg_retry"));
    expect(first.status).toBe(500);
    expect(await first.json()).toEqual({ error: "handler_failed" });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(WebhookHandlerError);
    expect(errors[0]).toMatchObject({ reason: "handler-failed", messageId: "msg_retry", eventType: "user.created", cause: boom });
    // The failed attempt released its dedupe claim: Svix's retry (same svix-id) runs the handler.
    const retry = await handle(await delivery(payload, "msg_retry"));
    expect(retry.status).toBe(200);
    expect(attempts).toBe(2);
    // And now it is handled: a third delivery of that id is a duplicate.
    const again = await handle(await delivery(payload, "msg_retry"));
    expect(await again.json()).toEqual({ received: true, duplicate: true });
    expect(attempts).toBe(2);
  });

  test("an onError that throws or rejects does not change the answer", async () => {
    for (const onError of [() => { throw new Error("reporter down"); }, () => Promise.reject(new Error("reporter down"))]) {
      const handle = createWebhookHandler({ signingSecret: SECRET, on: { "user.created": () => { throw new Error("x"); } }, onError });
      expect((await handle(await delivery(userCreated()))).status).toBe(500);
    }
  });

  test("bad options do not throw at creation: the handler answers 500", async () => {
    for (const bad of [undefined, null, {}, { signingSecret: SECRET, on: null }] as unknown[]) {
      const handle = createWebhookHandler(bad as WebhookHandlerOptions);
      const res = await handle(await delivery(userCreated()));
      expect(res.status).toBe((bad as { signingSecret?: string } | null)?.signingSecret ? 200 : 500);
    }
  });

  test("the returned function never rejects, whatever it is given", async () => {
    const handle = createWebhookHandler({ signingSecret: SECRET, on: { "user.created": () => undefined } });
    for (const bad of [undefined, null, {}, "x", { method: "POST", headers: null }] as unknown[]) {
      const res = await handle(bad as Request);
      expect(res.status).toBeGreaterThanOrEqual(400);
    }
  });
});

describe("dedupe", () => {
  test("without dedupe every delivery runs the handler; with it, one run per svix-id", async () => {
    const plain = vi.fn();
    const { handle } = handler({ "user.created": plain });
    await handle(await delivery(userCreated(), "msg_a"));
    await handle(await delivery(userCreated(), "msg_a"));
    expect(plain).toHaveBeenCalledTimes(2);

    const once = vi.fn();
    const { handle: deduped } = handler({ "user.created": once }, { dedupe: true });
    const answers = [];
    for (const id of ["msg_a", "msg_a", "msg_b", "msg_a"]) answers.push(await (await deduped(await delivery(userCreated(), id))).json());
    expect(once).toHaveBeenCalledTimes(2);
    expect(answers).toEqual([{ received: true }, { received: true, duplicate: true }, { received: true }, { received: true, duplicate: true }]);
  });

  test("concurrent deliveries of one id run the handler once", async () => {
    const once = vi.fn(async () => new Promise((r) => setTimeout(r, 20)));
    const { handle } = handler({ "user.created": once }, { dedupe: true });
    const requests = await Promise.all([1, 2, 3].map(() => delivery(userCreated(), "msg_same")));
    const statuses = (await Promise.all(requests.map(handle))).map((r) => r.status);
    expect(statuses).toEqual([200, 200, 200]);
    expect(once).toHaveBeenCalledTimes(1);
  });

  test("a custom claim store gets the id and the TTL; a has/set/delete store works too", async () => {
    const claims: [string, number][] = [];
    const released: string[] = [];
    const seen = new Set<string>();
    const claimStore: DedupeStore = {
      claim: async (id, ttl) => (claims.push([id, ttl]), seen.has(id) ? false : (seen.add(id), true)),
      release: (id) => (released.push(id), seen.delete(id)),
    };
    let fail = true;
    const { handle } = handler({ "user.created": () => { if (fail) throw new Error("once"); } }, { dedupe: claimStore, dedupeTtlSeconds: 60 });
    expect((await handle(await delivery(userCreated(), "msg_c"))).status).toBe(500);
    fail = false;
    expect((await handle(await delivery(userCreated(), "msg_c"))).status).toBe(200);
    expect(claims).toEqual([["msg_c", 60], ["msg_c", 60]]);
    expect(released).toEqual(["msg_c"]);

    // A Map is a has/set/delete store (without expiry).
    const map = new Map<string, unknown>();
    const ran = vi.fn();
    const { handle: viaMap } = handler({ "user.created": ran }, { dedupe: map });
    await viaMap(await delivery(userCreated(), "msg_m"));
    await viaMap(await delivery(userCreated(), "msg_m"));
    expect(ran).toHaveBeenCalledTimes(1);
    expect([...map.keys()]).toEqual(["msg_m"]);
  });

  test("a store that fails is answered 500 (retry) and reported; the handler does not run unguarded", async () => {
    const ran = vi.fn();
    const broken: DedupeStore = { claim: () => Promise.reject(new Error("redis down")) };
    const { handle, errors } = handler({ "user.created": ran }, { dedupe: broken });
    const res = await handle(await delivery(userCreated(), "msg_x"));
    expect(res.status).toBe(500);
    expect(ran).not.toHaveBeenCalled();
    expect(errors.map((e) => e.reason)).toEqual(["dedupe-failed"]);
  });

  test("an unhandled type takes no dedupe entry", async () => {
    const store = memoryDedupeStore();
    const { handle } = handler({ "user.deleted": () => undefined }, { dedupe: store });
    await handle(await delivery(userCreated(), "msg_u"));
    expect(store.size).toBe(0);
  });
});

describe("memoryDedupeStore", () => {
  test("ids expire after their TTL", () => {
    let t = 0;
    const store = memoryDedupeStore({ now: () => t });
    expect(store.claim("a", 10)).toBe(true);
    expect(store.claim("a", 10)).toBe(false);
    t = 9_999;
    expect(store.claim("a", 10)).toBe(false);
    t = 10_000;
    expect(store.claim("a", 10)).toBe(true);
  });

  test("memory stays bounded: beyond maxEntries the oldest ids are forgotten first", () => {
    const store = memoryDedupeStore({ maxEntries: 3 });
    for (const id of ["a", "b", "c", "d"]) expect(store.claim(id, 60)).toBe(true);
    expect(store.size).toBe(3);
    expect(store.claim("a", 60)).toBe(true); // forgotten: claimable again
    expect(store.claim("d", 60)).toBe(false);
    for (let i = 0; i < 10_000; i++) store.claim(`m${i}`, 60);
    expect(store.size).toBe(3);
  });

  test("NaN, negative or zero sizes and TTLs fall back to the defaults instead of disabling dedupe", () => {
    for (const maxEntries of [NaN, -1, 0]) {
      const store = memoryDedupeStore({ maxEntries });
      expect(store.claim("a", NaN)).toBe(true);
      expect(store.claim("a", -5)).toBe(false);
    }
  });

  test("release makes an id claimable again", () => {
    const store = memoryDedupeStore();
    store.claim("a", 60);
    store.release("a");
    expect(store.claim("a", 60)).toBe(true);
  });
});
