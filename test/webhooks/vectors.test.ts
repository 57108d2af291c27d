// Known-answer vectors from the Standard Webhooks / Svix test suites (cross-checked against both
// npm libraries): our signatures must be byte-identical, and theirs must verify here.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhook, webhookHeaders } from "../../src/webhooks/index.js";

interface Vector {
  id: string;
  secret: string;
  msg_id: string;
  timestamp: number;
  payload: string;
  expected_signature: string;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
// In the repo (test/vectors/README.md says where they come from), so a clone tests on its own.
const file = resolve(repoRoot, "test", "vectors", "webhook-sign-vectors.json");
const vectors = (JSON.parse(readFileSync(file, "utf8")) as { vectors: Vector[] }).vectors;

describe("webhook signing vectors", () => {
  it("has vectors to check", () => {
    expect(vectors.length).toBeGreaterThanOrEqual(6);
  });

  for (const vector of vectors) {
    it(`${vector.id}: signWebhook gives the expected signature`, async () => {
      const signature = await signWebhook(vector.payload, {
        signingSecret: vector.secret,
        id: vector.msg_id,
        timestamp: vector.timestamp,
      });
      expect(signature).toEqual({ ok: true, value: vector.expected_signature });
    });

    it(`${vector.id}: the expected signature verifies (string and bytes payload)`, async () => {
      const headers = webhookHeaders({ id: vector.msg_id, timestamp: vector.timestamp, signature: vector.expected_signature });
      const options = { signingSecret: vector.secret, now: () => vector.timestamp * 1000 };
      for (const payload of [vector.payload, new TextEncoder().encode(vector.payload)]) {
        const result = await verifyWebhook(payload, headers, options);
        // Some vector payloads are not Clerk events ({"test": …}): past the signature they are
        // refused for their shape, never for their signature.
        if (!result.ok) expect(result.error.reason).toBe("invalid-event");
      }
    });

    it(`${vector.id}: a one-character change in the payload is refused`, async () => {
      const headers = webhookHeaders({ id: vector.msg_id, timestamp: vector.timestamp, signature: vector.expected_signature });
      const result = await verifyWebhook(vector.payload + " ", headers, { signingSecret: vector.secret, now: () => vector.timestamp * 1000 });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.reason).toBe("no-matching-signature");
    });
  }

  it("a whsec_ secret and the same secret without the prefix sign alike", async () => {
    const a = await signWebhook("{}", { signingSecret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", id: "msg_1", timestamp: 1 });
    const b = await signWebhook("{}", { signingSecret: "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", id: "msg_1", timestamp: 1 });
    expect(a.ok && b.ok && a.value === b.value).toBe(true);
  });

  it("a bad secret or a parsed payload is an error value, never a rejection", async () => {
    const bad = await signWebhook("{}", { signingSecret: "not base64 !!", id: "msg_1", timestamp: 1 });
    expect(bad.ok ? undefined : bad.error.reason).toBe("invalid-secret");
    const parsed = await signWebhook({ a: 1 } as unknown as string, { signingSecret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", id: "m", timestamp: 1 });
    expect(parsed.ok ? undefined : parsed.error.reason).toBe("payload-not-raw");
  });
});
