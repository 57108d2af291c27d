// Whatever arrives — garbage headers, hostile objects, a wrong secret — verification answers with
// a value, never a throw, and never echoes the secret or a signature.
import { describe, expect, it } from "vitest";
import { verifyWebhook, verifyWebhookRequest, WebhookVerificationError } from "../../src/webhooks/index.js";
import { BARE_SECRET, NOW, OTHER_SECRET, SECRET, clock, event, sig, signed, userData } from "./fixtures.js";

const BODY = JSON.stringify(event("user.created", userData()));

const hostile = new Proxy(
  {},
  {
    get() {
      throw new Error("boom");
    },
    ownKeys() {
      throw new Error("boom");
    },
  },
);
const throwingGet = {
  get(): string {
    throw new Error("boom");
  },
};

const payloads: unknown[] = [
  BODY,
  "",
  new Uint8Array(0),
  new ArrayBuffer(3),
  new DataView(new ArrayBuffer(2)),
  null,
  undefined,
  42,
  true,
  Symbol("x"),
  () => 1,
  { type: "user.created" },
  [1, 2],
  hostile,
  "x".repeat(1_000_000),
];
const headerSets: unknown[] = [
  null,
  undefined,
  "svix-id: msg_1",
  42,
  [],
  {},
  hostile,
  throwingGet,
  new Headers(),
  { "svix-id": 1, "svix-timestamp": {}, "svix-signature": [] },
  { "svix-id": "msg_1", "svix-timestamp": String(NOW), "svix-signature": "v1," + "A".repeat(100_000) },
  { "svix-id": "msg_1", "svix-timestamp": String(NOW), "svix-signature": "v1,x ".repeat(10_000) },
  { "svix-id": "msg_1", "svix-timestamp": "NaN", "svix-signature": "v1,AAAA" },
  { "svix-id": "msg_1", "svix-timestamp": String(NOW), "svix-signature": "\u0000\uffff v1,\ud800" },
];
const optionSets: unknown[] = [
  { signingSecret: SECRET, now: clock() },
  { signingSecret: BARE_SECRET, now: clock() },
  { signingSecret: "whsec_%%%" },
  { signingSecret: null },
  {},
  null,
  undefined,
  "whsec_abc",
  { signingSecret: SECRET, toleranceInSeconds: "300" },
  { signingSecret: SECRET, now: "now" },
  hostile,
];

describe("verifyWebhook never throws", () => {
  it("answers every combination of garbage with a WebhookVerificationError value", async () => {
    let n = 0;
    for (const payload of payloads) {
      for (const headers of headerSets) {
        for (const options of optionSets) {
          const call = (): Promise<unknown> => verifyWebhook(payload as string, headers as Headers, options as { signingSecret: string });
          const result = (await call()) as Awaited<ReturnType<typeof verifyWebhook>>;
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.error).toBeInstanceOf(WebhookVerificationError);
            // WebCrypto works here, so the catch-all reason must never be what garbage gets.
            expect(result.error.reason).not.toBe("crypto-unavailable");
          }
          n++;
        }
      }
    }
    expect(n).toBe(payloads.length * headerSets.length * optionSets.length);
  });

  it("verifyWebhookRequest answers garbage with a value too", async () => {
    const requests: unknown[] = [null, {}, { arrayBuffer: 1 }, hostile, { arrayBuffer: () => Promise.reject(new Error("x")), headers: {} }];
    for (const request of requests) {
      const result = await verifyWebhookRequest(request as Request, { signingSecret: SECRET });
      expect(result.ok).toBe(false);
    }
    const request = new Request("https://example.com/", { method: "POST", body: BODY, headers: { "svix-id": "x" } });
    expect((await verifyWebhookRequest(request, null as unknown as { signingSecret: string })).ok).toBe(false);
  });
});

describe("secrets and signatures stay out of errors", () => {
  it("no error message, issue or cause mentions the secret or a signature", async () => {
    const good = await sig(BODY);
    const other = await sig(BODY, "msg_1", NOW, OTHER_SECRET);
    const secrets = [SECRET, BARE_SECRET, OTHER_SECRET, OTHER_SECRET.slice(6)];
    const signatures = [good, other, good.slice(3), other.slice(3)];
    const cases: [string | Uint8Array, Record<string, string>, { signingSecret: string; now?: () => number; toleranceInSeconds?: number }][] = [
      [BODY, { "svix-id": "msg_1", "svix-timestamp": String(NOW), "svix-signature": other }, { signingSecret: SECRET, now: clock() }],
      [BODY, { "svix-id": "msg_1", "svix-timestamp": String(NOW), "svix-signature": good }, { signingSecret: OTHER_SECRET, now: clock() }],
      [BODY, { "svix-id": "msg_1", "svix-timestamp": String(NOW), "svix-signature": good.replace("v1", "v9") }, { signingSecret: SECRET, now: clock() }],
      [BODY, { "svix-id": "msg_1", "svix-timestamp": String(NOW), "svix-signature": good }, { signingSecret: SECRET, now: clock(NOW + 10_000) }],
      [BODY, { "svix-id": "msg_1", "svix-timestamp": String(NOW), "svix-signature": good }, { signingSecret: SECRET + " nope", now: clock() }],
      [BODY, { "svix-id": "msg_1", "svix-timestamp": String(NOW), "svix-signature": good }, { signingSecret: SECRET, toleranceInSeconds: -1 }],
      [BODY, { "svix-id": "msg_1", "svix-signature": good }, { signingSecret: SECRET, now: clock() }],
      [BODY, { "svix-id": "msg_1", "svix-timestamp": "soon", "svix-signature": good }, { signingSecret: SECRET, now: clock() }],
      [BODY, { "svix-id": "msg_1", "svix-timestamp": String(NOW), "svix-signature": `garbage ${good}x` }, { signingSecret: SECRET, now: clock() }],
    ];
    const signedBad = await signed(JSON.stringify(event("user.created", { id: SECRET })), { id: "msg_1" });
    cases.push([signedBad.body, signedBad.headers, { signingSecret: SECRET, now: clock(), strict: true } as (typeof cases)[number][2]]);

    for (const [payload, headers, options] of cases) {
      const result = await verifyWebhook(payload, headers, options);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      const error = result.error;
      const visible = [error.message, String(error), JSON.stringify(error.issues), String((error as { cause?: unknown }).cause ?? "")].join("\n");
      for (const secret of secrets) expect(visible, error.reason).not.toContain(secret);
      for (const signature of signatures) expect(visible, error.reason).not.toContain(signature);
    }
  });
});
