// The emulator as a whole: secret keys, rate limits and the SDK's retries, seeding, determinism,
// recorded requests, custom routes, placeholders, latency, webhooks. All through the SDK.
import { describe, expect, test } from "vitest";
import { ClerkCore } from "../../src/core/index.js";
import { instanceSettingsGet } from "../../src/funcs/instanceSettingsGet.js";
import { organizationsList } from "../../src/funcs/organizationsList.js";
import { usersCreate } from "../../src/funcs/usersCreate.js";
import { usersGet } from "../../src/funcs/usersGet.js";
import { usersGetBillingSubscription } from "../../src/funcs/usersGetBillingSubscription.js";
import { usersList } from "../../src/funcs/usersList.js";
import { usersUpdateMetadata } from "../../src/funcs/usersUpdateMetadata.js";
import { usersSetProfileImage } from "../../src/funcs/usersSetProfileImage.js";
import { createClerkEmulator } from "../../src/testing/index.js";
import { verifyWebhook } from "../../src/webhooks/index.js";
import { apiError, ok, setup } from "./helpers.js";

describe("secret keys", () => {
  test("a key other than the configured one is 401 clerk_key_invalid", async () => {
    const emulator = createClerkEmulator({ secretKey: "sk_test_right" });
    const core = new ClerkCore({ secretKey: "sk_test_wrong", fetch: emulator.fetch });
    const error = apiError(await usersList(core));
    expect(error.status).toBe(401);
    expect(error.errors[0]?.code).toBe("clerk_key_invalid");
  });

  test("without a configured key any sk_test_/sk_live_ key works, other strings do not", async () => {
    const emulator = createClerkEmulator();
    ok(await usersList(new ClerkCore({ secretKey: "sk_live_anything", fetch: emulator.fetch })));
    expect(apiError(await usersList(new ClerkCore({ secretKey: "sk-wrong-prefix", fetch: emulator.fetch }))).status).toBe(401);
  });

  test("a request without an Authorization header is 401 authorization_header_format_invalid", async () => {
    const emulator = createClerkEmulator();
    const core = new ClerkCore({
      secretKey: emulator.secretKey,
      fetch: emulator.fetch,
      // A proxy that strips the header, say.
      hooks: {
        beforeRequest: (request) => {
          const stripped = new Request(request);
          stripped.headers.delete("authorization");
          return stripped;
        },
      },
    });
    const error = apiError(await usersList(core));
    expect(error.status).toBe(401);
    expect(error.errors[0]).toMatchObject({ code: "authorization_header_format_invalid", message: "Invalid Authorization header format" });
  });
});

describe("rate limit", () => {
  test("beyond the limit the API answers 429 with Retry-After, and the SDK's GET retry waits it out", async () => {
    const { emulator, core } = setup({ rateLimit: { requests: 2, windowMs: 1000 } }, { retry: { initialDelayMs: 1 } });
    ok(await usersList(core));
    ok(await usersList(core));
    const started = Date.now();
    ok(await usersList(core));
    const waited = Date.now() - started;
    expect(emulator.requests.map((r) => r.status)).toEqual([200, 200, 429, 200]);
    expect(waited).toBeGreaterThanOrEqual(900); // Retry-After: 1, not the 1 ms backoff
    expect(waited).toBeLessThan(3000);
  });

  test("a POST is not retried: the 429 surfaces with retryAfterMs", async () => {
    const { core } = setup({ rateLimit: { requests: 1, windowMs: 60_000 } });
    ok(await usersList(core));
    const error = apiError(await usersCreate(core, { first_name: "Ada" }));
    expect(error.status).toBe(429);
    expect(error.errors[0]?.code).toBe("too_many_requests");
    expect(error.retryAfterMs).toBe(60_000);
  });
});

describe("seeding, determinism and reset", () => {
  test("the same seed gives the same ids", async () => {
    const make = async () => {
      const { core } = setup({ seed: 42 });
      return ok(await usersCreate(core, { email_address: ["ada@example.com"] }));
    };
    const [a, b] = [await make(), await make()];
    expect(a.id).toBe(b.id);
    expect(a.email_addresses[0]?.id).toBe(b.email_addresses[0]?.id);
  });

  test("seeded users and organizations exist from the start, and again after reset()", async () => {
    const { emulator, core } = setup({
      seed: 7,
      users: [{ id: "user_ada", email_address: ["ada@example.com"] }, { email_address: ["grace@example.com"] }],
      organizations: [{ name: "Acme", created_by: "user_ada" }],
    });
    const first = ok(await usersList(core)).map((u) => u.id);
    expect(first).toContain("user_ada");
    ok(await usersCreate(core, { email_address: ["new@example.com"] }));
    expect(ok(await usersList(core))).toHaveLength(3);
    expect(emulator.events.map((e) => e.type)).toEqual(["user.created"]);

    emulator.reset();
    expect(emulator.requests).toHaveLength(0);
    expect(emulator.events).toHaveLength(0);
    expect(ok(await usersList(core)).map((u) => u.id)).toEqual(first);
    expect(ok(await organizationsList(core)).data.map((o) => o.name)).toEqual(["Acme"]);
  });

  test("seeds the API would refuse throw a TypeError naming the problem", () => {
    expect(() => createClerkEmulator({ users: [{ email_address: ["a@example.com"] }, { email_address: ["A@example.com"] }] })).toThrow(
      /form_identifier_exists/,
    );
    expect(() => createClerkEmulator({ organizations: [{ name: "Acme", members: [{ user_id: "user_nobody", role: "org:member" }] }] })).toThrow(
      TypeError,
    );
  });
});

describe("recorded requests", () => {
  test("method, path, route, query and body of each request, and never the secret key", async () => {
    const { emulator, core } = setup({ users: [{ id: "user_1" }] });
    await usersList(core, { limit: 5, email_address: ["a@example.com", "b@example.com"] });
    await usersUpdateMetadata(core, { user_id: "user_1", public_metadata: { a: 1 } });
    expect(emulator.requests).toEqual([
      {
        method: "GET",
        path: "/users",
        route: "GET /users",
        query: { email_address: ["a@example.com", "b@example.com"], limit: "5" },
        body: undefined,
        status: 200,
        placeholder: false,
      },
      {
        method: "PATCH",
        path: "/users/user_1/metadata",
        route: "PATCH /users/{user_id}/metadata",
        query: {},
        body: { public_metadata: { a: 1 } },
        status: 200,
        placeholder: false,
      },
    ]);
    expect(JSON.stringify(emulator.requests)).not.toContain(emulator.secretKey);
  });

  test("uploads are recorded as FormData and change the user", async () => {
    const { emulator, core } = setup({ users: [{ id: "user_1" }] });
    const user = ok(await usersSetProfileImage(core, { user_id: "user_1", file: new Blob(["png"], { type: "image/png" }) }));
    expect(user.has_image).toBe(true);
    expect(emulator.requests[0]?.body).toBeInstanceOf(FormData);
  });
});

describe("custom routes", () => {
  test("override() answers instead of the built-in route; undefined falls through to it", async () => {
    const { emulator, core } = setup({ users: [{ id: "user_1", first_name: "Ada" }] }, { retry: { initialDelayMs: 1 } });
    let calls = 0;
    emulator.override("GET /users/{user_id}", ({ params }) => {
      calls++;
      expect(params.user_id).toBe("user_1");
      return calls === 1 ? new Response("upstream hiccup", { status: 503 }) : undefined;
    });
    // The first attempt fails with a 503 page, the SDK retries the GET, the second reaches the user.
    expect(ok(await usersGet(core, { user_id: "user_1" })).first_name).toBe("Ada");
    expect(emulator.requests.map((r) => r.status)).toEqual([503, 200]);
  });

  test("the handlers option replaces a placeholder with realistic data", async () => {
    const { core } = setup({
      handlers: {
        "GET /instance": () => ({ object: "instance", id: "ins_test", environment_type: "development", allowed_origins: null, workspace_id: null }),
      },
    });
    expect(ok(await instanceSettingsGet(core))).toMatchObject({ id: "ins_test", environment_type: "development" });
  });
});

describe("operations the emulator does not model", () => {
  test("answer a placeholder that decodes, flagged in the request log", async () => {
    const { emulator, core } = setup();
    const instance = ok(await instanceSettingsGet(core));
    expect(instance).toMatchObject({ object: "", environment_type: "", allowed_origins: null });
    expect(instance.id).toMatch(/^emu_/);
    expect(emulator.requests[0]).toMatchObject({ route: "GET /instance", placeholder: true });
  });

  test("still need their parent resource to exist", async () => {
    const { core } = setup({ users: [{ id: "user_1" }] });
    ok(await usersGetBillingSubscription(core, { user_id: "user_1" }));
    expect(apiError(await usersGetBillingSubscription(core, { user_id: "user_404" })).errors[0]?.code).toBe("resource_not_found");
  });
});

describe("latency", () => {
  test("a slow emulator trips the SDK's timeout; an abort ends the request", async () => {
    const { core } = setup({ latencyMs: 300 });
    const slow = await usersList(core, {}, { timeoutMs: 50 });
    expect(!slow.ok && slow.error.kind).toBe("timeout");
    const aborted = await usersList(core, {}, { signal: AbortSignal.timeout(50) });
    expect(!aborted.ok && aborted.error.kind).toBe("aborted");
  });
});

describe("webhooks", () => {
  test("changes are recorded as Clerk's events, and signWebhook output passes verifyWebhook", async () => {
    const { emulator, core } = setup();
    const user = ok(await usersCreate(core, { email_address: ["ada@example.com"] }));
    const [event] = emulator.events;
    expect(event).toMatchObject({ object: "event", type: "user.created", instance_id: emulator.instanceId, data: { id: user.id } });

    const { payload, headers } = await emulator.signWebhook(event);
    expect(Object.keys(headers).sort()).toEqual(["svix-id", "svix-signature", "svix-timestamp"]);
    const verified = await verifyWebhook(payload, headers, { signingSecret: emulator.webhookSigningSecret });
    expect(verified.ok && verified.value.type).toBe("user.created");
    const tampered = await verifyWebhook(payload.replace("ada@", "eve@"), headers, { signingSecret: emulator.webhookSigningSecret });
    expect(tampered.ok).toBe(false);
  });
});

describe("emulator: malformed uploads", () => {
  test("a multipart body without a boundary is a 400 request_body_invalid, like the API", async () => {
    const emulator = createClerkEmulator();
    const res = await emulator.fetch(
      new Request("https://api.clerk.com/v1/users/user_x/profile_image", {
        method: "POST",
        headers: { authorization: `Bearer ${emulator.secretKey}`, "content-type": "multipart/form-data" },
        body: "garbage",
      }),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { code: string }[] };
    expect(body.errors[0]?.code).toBe("request_body_invalid");
  });
});
