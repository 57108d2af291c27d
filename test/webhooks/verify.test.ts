import { describe, expect, it } from "vitest";
import { verifyWebhook, verifyWebhookRequest, webhookHeaders, type WebhookEvent } from "../../src/webhooks/index.js";
import type { Result } from "../../src/core/result.js";
import type { WebhookVerificationError } from "../../src/webhooks/index.js";
import { BARE_SECRET, NOW, OTHER_SECRET, SECRET, clock, event, sig, signed, userData } from "./fixtures.js";

const BODY = JSON.stringify(event("user.created", userData()));
const options = { signingSecret: SECRET, now: clock() };

function reasonOf(result: Result<WebhookEvent, WebhookVerificationError>): string | undefined {
  return result.ok ? undefined : result.error.reason;
}

describe("verifyWebhook: signatures", () => {
  it("accepts a genuinely signed event and returns it parsed", async () => {
    const { body, headers } = await signed(BODY);
    const result = await verifyWebhook(body, headers, options);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual(JSON.parse(BODY));
  });

  it("accepts the secret with or without its whsec_ prefix", async () => {
    const { body, headers } = await signed(BODY);
    expect((await verifyWebhook(body, headers, { signingSecret: SECRET, now: clock() })).ok).toBe(true);
    expect((await verifyWebhook(body, headers, { signingSecret: BARE_SECRET, now: clock() })).ok).toBe(true);
  });

  it("refuses an event signed with another secret", async () => {
    const { body, headers } = await signed(BODY, { secret: OTHER_SECRET });
    expect(reasonOf(await verifyWebhook(body, headers, options))).toBe("no-matching-signature");
  });

  it("accepts a header with several signatures when one of them matches (secret rotation)", async () => {
    const good = await sig(BODY);
    const stale = await sig(BODY, "msg_1", NOW, OTHER_SECRET);
    const headers = webhookHeaders({ id: "msg_1", timestamp: NOW, signature: `${stale} v2,AAAA ${good}` });
    expect((await verifyWebhook(BODY, headers, options)).ok).toBe(true);
  });

  it("refuses a header where no signature matches", async () => {
    const stale = await sig(BODY, "msg_1", NOW, OTHER_SECRET);
    const headers = webhookHeaders({ id: "msg_1", timestamp: NOW, signature: `${stale} ${stale}` });
    expect(reasonOf(await verifyWebhook(BODY, headers, options))).toBe("no-matching-signature");
  });

  it("ignores signatures of other versions: a correct HMAC labelled v2 does not verify", async () => {
    const good = await sig(BODY);
    const headers = webhookHeaders({ id: "msg_1", timestamp: NOW, signature: good.replace(/^v1,/, "v2,") });
    const result = await verifyWebhook(BODY, headers, options);
    expect(reasonOf(result)).toBe("no-matching-signature");
    if (!result.ok) expect(result.error.message).toContain("other versions ignored");
  });

  it("refuses a malformed signature header as invalid-signature", async () => {
    for (const signature of ["garbage", "v1", "v1,", ",abc", "   "]) {
      const headers = { "svix-id": "msg_1", "svix-timestamp": String(NOW), "svix-signature": signature };
      const reason = reasonOf(await verifyWebhook(BODY, headers, options));
      // An all-blank header counts as absent.
      expect(reason).toBe(signature.trim() === "" ? "missing-headers" : "invalid-signature");
    }
  });

  it("a v1 entry that is not base64 simply does not match (Svix compares the text)", async () => {
    const headers = { "svix-id": "msg_1", "svix-timestamp": String(NOW), "svix-signature": "v1,!!!not base64!!!" };
    expect(reasonOf(await verifyWebhook(BODY, headers, options))).toBe("no-matching-signature");
  });

  it("a signature of the right form but wrong length simply does not match", async () => {
    const headers = webhookHeaders({ id: "msg_1", timestamp: NOW, signature: "v1,AAAA" });
    expect(reasonOf(await verifyWebhook(BODY, headers, options))).toBe("no-matching-signature");
  });

  it("refuses a tampered body, id or timestamp", async () => {
    const good = await sig(BODY, "msg_1", NOW);
    const tamperedBody = BODY.replace("Example", "Mallory");
    expect(reasonOf(await verifyWebhook(tamperedBody, webhookHeaders({ id: "msg_1", timestamp: NOW, signature: good }), options))).toBe(
      "no-matching-signature",
    );
    expect(reasonOf(await verifyWebhook(BODY, webhookHeaders({ id: "msg_2", timestamp: NOW, signature: good }), options))).toBe(
      "no-matching-signature",
    );
    expect(reasonOf(await verifyWebhook(BODY, webhookHeaders({ id: "msg_1", timestamp: NOW + 1, signature: good }), options))).toBe(
      "no-matching-signature",
    );
  });

  it("verifies a Uint8Array payload (and a Node Buffer) over its exact bytes", async () => {
    const { body, headers } = await signed(BODY);
    const bytes = new TextEncoder().encode(body);
    expect((await verifyWebhook(bytes, headers, options)).ok).toBe(true);
    expect((await verifyWebhook(Buffer.from(body), headers, options)).ok).toBe(true);
    // A view into a larger buffer: only its own bytes count.
    const padded = new Uint8Array(bytes.length + 8);
    padded.set(bytes, 4);
    expect((await verifyWebhook(padded.subarray(4, 4 + bytes.length), headers, options)).ok).toBe(true);
  });

  it("verifies non-ASCII payloads the same as strings and bytes", async () => {
    const body = JSON.stringify(event("user.created", userData({ first_name: "Zoë 😀" })));
    const { headers } = await signed(body);
    expect((await verifyWebhook(body, headers, options)).ok).toBe(true);
    expect((await verifyWebhook(new TextEncoder().encode(body), headers, options)).ok).toBe(true);
  });

  it("refuses a correctly signed body that is not UTF-8 as invalid-json", async () => {
    const bytes = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
    const signature = await signWebhookBytes(bytes);
    const headers = webhookHeaders({ id: "msg_1", timestamp: NOW, signature });
    expect(reasonOf(await verifyWebhook(bytes, headers, options))).toBe("invalid-json");
  });
});

async function signWebhookBytes(bytes: Uint8Array): Promise<string> {
  const { signWebhook } = await import("../../src/webhooks/index.js");
  const signed = await signWebhook(bytes, { signingSecret: SECRET, id: "msg_1", timestamp: NOW });
  if (!signed.ok) throw signed.error;
  return signed.value;
}

describe("verifyWebhook: timestamp tolerance", () => {
  it("accepts exactly 300 s either way and refuses 301 s", async () => {
    const { body, headers } = await signed(BODY, { timestamp: NOW });
    expect((await verifyWebhook(body, headers, { signingSecret: SECRET, now: clock(NOW + 300) })).ok).toBe(true);
    expect((await verifyWebhook(body, headers, { signingSecret: SECRET, now: clock(NOW - 300) })).ok).toBe(true);
    expect(reasonOf(await verifyWebhook(body, headers, { signingSecret: SECRET, now: clock(NOW + 301) }))).toBe("timestamp-too-old");
    expect(reasonOf(await verifyWebhook(body, headers, { signingSecret: SECRET, now: clock(NOW - 301) }))).toBe("timestamp-too-new");
  });

  it("counts in whole seconds: 300.999 s late is still 300 s", async () => {
    const { body, headers } = await signed(BODY, { timestamp: NOW });
    expect((await verifyWebhook(body, headers, { signingSecret: SECRET, now: () => (NOW + 300) * 1000 + 999 })).ok).toBe(true);
  });

  it("honours toleranceInSeconds", async () => {
    const { body, headers } = await signed(BODY, { timestamp: NOW });
    const late = { signingSecret: SECRET, now: clock(NOW + 60) };
    expect(reasonOf(await verifyWebhook(body, headers, { ...late, toleranceInSeconds: 59 }))).toBe("timestamp-too-old");
    expect((await verifyWebhook(body, headers, { ...late, toleranceInSeconds: 60 })).ok).toBe(true);
  });

  it("checks the timestamp against the real clock by default", async () => {
    const { body, headers } = await signed(BODY, { timestamp: Math.floor(Date.now() / 1000) });
    expect((await verifyWebhook(body, headers, { signingSecret: SECRET })).ok).toBe(true);
    const old = await signed(BODY, { timestamp: NOW });
    expect(reasonOf(await verifyWebhook(old.body, old.headers, { signingSecret: SECRET }))).toBe("timestamp-too-old");
  });

  it("refuses a timestamp that is not whole Unix seconds", async () => {
    const signature = await sig(BODY);
    for (const timestamp of ["abc", "1614265330.5", "-5", "1e9", "0x10", "12345678901234567890"]) {
      const headers = { "svix-id": "msg_1", "svix-timestamp": timestamp, "svix-signature": signature };
      expect(reasonOf(await verifyWebhook(BODY, headers, options))).toBe("invalid-timestamp");
    }
  });

  it("refuses bad tolerance and clock options as invalid-options", async () => {
    const { body, headers } = await signed(BODY);
    expect(reasonOf(await verifyWebhook(body, headers, { ...options, toleranceInSeconds: -1 }))).toBe("invalid-options");
    expect(reasonOf(await verifyWebhook(body, headers, { ...options, toleranceInSeconds: Number.NaN }))).toBe("invalid-options");
    expect(
      reasonOf(
        await verifyWebhook(body, headers, {
          signingSecret: SECRET,
          now: () => {
            throw new Error("clock broke");
          },
        }),
      ),
    ).toBe("invalid-options");
    expect(reasonOf(await verifyWebhook(body, headers, { signingSecret: SECRET, now: () => Number.NaN }))).toBe("invalid-options");
  });
});

describe("verifyWebhook: headers", () => {
  it("reads svix-* and webhook-* header names", async () => {
    for (const scheme of ["svix", "webhook"] as const) {
      const { body, headers } = await signed(BODY, { scheme });
      expect(Object.keys(headers).every((h) => h.startsWith(`${scheme}-`))).toBe(true);
      expect((await verifyWebhook(body, headers, options)).ok).toBe(true);
    }
  });

  it("reads a Headers object and a plain record in any letter case", async () => {
    const { body, headers } = await signed(BODY);
    expect((await verifyWebhook(body, new Headers(headers), options)).ok).toBe(true);
    const shouting = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toUpperCase(), v]));
    expect((await verifyWebhook(body, shouting, options)).ok).toBe(true);
    const mixed = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.replace(/^s/, "S").replace("-i", "-I"), v]));
    expect((await verifyWebhook(body, mixed, options)).ok).toBe(true);
  });

  it("reads Node-style headers whose values may be arrays", async () => {
    const { body, headers } = await signed(BODY);
    const node = { ...headers, "svix-signature": [headers["svix-signature"]!], "content-type": "application/json" };
    expect((await verifyWebhook(body, node as unknown as Record<string, string>, options)).ok).toBe(true);
  });

  it("names the missing headers", async () => {
    const { body, headers } = await signed(BODY);
    for (const name of ["svix-id", "svix-timestamp", "svix-signature"]) {
      const rest = Object.fromEntries(Object.entries(headers).filter(([k]) => k !== name));
      const result = await verifyWebhook(body, rest, options);
      expect(reasonOf(result)).toBe("missing-headers");
      if (!result.ok) expect(result.error.message).toContain(name);
    }
    expect(reasonOf(await verifyWebhook(body, {}, options))).toBe("missing-headers");
    expect(reasonOf(await verifyWebhook(body, new Headers(), options))).toBe("missing-headers");
  });
});

describe("verifyWebhook: payload and secret", () => {
  it("refuses an already-parsed body with payload-not-raw and says to pass the raw body", async () => {
    const { headers } = await signed(BODY);
    const result = await verifyWebhook(JSON.parse(BODY) as unknown as string, headers, options);
    expect(reasonOf(result)).toBe("payload-not-raw");
    if (!result.ok) {
      expect(result.error.message).toMatch(/raw/);
      expect(result.error.message).toMatch(/parsed/);
      expect(result.error.kind).toBe("webhook-verification");
      expect(result.error).toBeInstanceOf(Error);
    }
  });

  it("points a Request passed to verifyWebhook at verifyWebhookRequest", async () => {
    const { body, headers } = await signed(BODY);
    const request = new Request("https://example.com/webhooks", { method: "POST", body, headers });
    const result = await verifyWebhook(request as unknown as string, headers, options);
    expect(reasonOf(result)).toBe("payload-not-raw");
    if (!result.ok) expect(result.error.message).toContain("verifyWebhookRequest");
  });

  it("refuses a missing, empty or non-base64 secret with invalid-secret", async () => {
    const { body, headers } = await signed(BODY);
    for (const signingSecret of ["", "   ", "whsec_", "whsec_not*base64!", "not base64 at all", undefined, 42]) {
      const result = await verifyWebhook(body, headers, { signingSecret: signingSecret as string, now: clock() });
      expect(reasonOf(result)).toBe("invalid-secret");
    }
  });

  it("checks the JSON only after the signature: signed garbage is invalid-json", async () => {
    const { body, headers } = await signed("not json {");
    const result = await verifyWebhook(body, headers, options);
    expect(reasonOf(result)).toBe("invalid-json");
    const unsigned = await verifyWebhook("not json {", { ...headers, "svix-signature": "v1,AAAA" }, options);
    expect(reasonOf(unsigned)).toBe("no-matching-signature");
  });

  it("handles a large payload", async () => {
    const big = JSON.stringify(event("user.created", userData({ public_metadata: { blob: "x".repeat(5_000_000) } })));
    const { body, headers } = await signed(big);
    const result = await verifyWebhook(body, headers, options);
    expect(result.ok).toBe(true);
  });
});

describe("verifyWebhookRequest", () => {
  it("verifies a Request from its raw body and headers", async () => {
    const { body, headers } = await signed(BODY);
    const request = new Request("https://example.com/webhooks", { method: "POST", body, headers });
    const result = await verifyWebhookRequest(request, options);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.type).toBe("user.created");
  });

  it("reads webhook-* headers from a Request too", async () => {
    const { body, headers } = await signed(BODY, { scheme: "webhook" });
    const result = await verifyWebhookRequest(new Request("https://example.com/", { method: "POST", body, headers }), options);
    expect(result.ok).toBe(true);
  });

  it("refuses a tampered Request body", async () => {
    const { headers } = await signed(BODY);
    const request = new Request("https://example.com/", { method: "POST", body: BODY.replace("user_", "usr_"), headers });
    expect(reasonOf(await verifyWebhookRequest(request, options))).toBe("no-matching-signature");
  });

  it("reports a body that was already read as body-unreadable", async () => {
    const { body, headers } = await signed(BODY);
    const request = new Request("https://example.com/", { method: "POST", body, headers });
    await request.text();
    expect(reasonOf(await verifyWebhookRequest(request, options))).toBe("body-unreadable");
  });

  it("reports a body stream that fails as body-unreadable", async () => {
    const { headers } = await signed(BODY);
    const stream = new ReadableStream({
      pull(controller) {
        controller.error(new Error("connection reset"));
      },
    });
    const request = new Request("https://example.com/", { method: "POST", body: stream, headers, duplex: "half" } as RequestInit);
    expect(reasonOf(await verifyWebhookRequest(request, options))).toBe("body-unreadable");
  });

  it("refuses something that is not a Request", async () => {
    for (const notRequest of [null, undefined, "body", { headers: {} }]) {
      expect(reasonOf(await verifyWebhookRequest(notRequest as unknown as Request, options))).toBe("payload-not-raw");
    }
  });
});
