import { describe, expect, expectTypeOf, it } from "vitest";
import {
  isEventType,
  knownWebhookEventTypes,
  verifyWebhook,
  type KnownWebhookEventType,
  type WebhookEvent,
  type WebhookEventOfType,
  type VerifyWebhookOptions,
} from "../../src/webhooks/index.js";
import type { Issue } from "../../src/core/errors.js";
import { SECRET, clock, event, signed, userData } from "./fixtures.js";

const options = { signingSecret: SECRET, now: clock() };

async function verifyJson(json: unknown, extra: Partial<VerifyWebhookOptions> = {}): ReturnType<typeof verifyWebhook> {
  const { body, headers } = await signed(JSON.stringify(json));
  return verifyWebhook(body, headers, { ...options, ...extra });
}

describe("typed events", () => {
  it("returns a user.created event with typed data", async () => {
    const result = await verifyJson(event("user.created", userData()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const e = result.value;
    expect(e.type).toBe("user.created");
    expect(isEventType(e, "user.created")).toBe(true);
    if (isEventType(e, "user.created")) {
      expectTypeOf(e.data.email_addresses[0]!.email_address).toEqualTypeOf<string>();
      expectTypeOf(e.data.first_name).toEqualTypeOf<string | null>();
      expect(e.data.email_addresses[0]?.email_address).toBe("example@example.org");
      expect(e.instance_id).toBe("ins_123");
    }
  });

  it("narrows to several types at once", async () => {
    const result = await verifyJson(event("user.deleted", { object: "user", id: "user_1", deleted: true }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const e = result.value;
    expect(isEventType(e, "user.created", "user.updated")).toBe(false);
    expect(isEventType(e, "user.deleted", "organization.deleted")).toBe(true);
    if (isEventType(e, "user.deleted", "organization.deleted")) {
      expectTypeOf(e).toEqualTypeOf<WebhookEventOfType<"user.deleted" | "organization.deleted">>();
      expectTypeOf(e.data.deleted).toEqualTypeOf<boolean>();
    }
  });

  it("keeps fields and enum values the spec does not know (forward compatible)", async () => {
    const data = userData({ brand_new_field: { nested: [1, 2] } });
    (data.email_addresses as Record<string, unknown>[])[0]!.verification = {
      object: "verification_from_the_future",
      status: "quantum",
      strategy: "telepathy",
      attempts: null,
      expire_at: null,
    };
    const result = await verifyJson(event("user.updated", data, { new_envelope_field: true }));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect((result.value.data as unknown as Record<string, unknown>).brand_new_field).toEqual({ nested: [1, 2] });
      expect((result.value as unknown as Record<string, unknown>).new_envelope_field).toBe(true);
    }
  });

  it("returns an event of an unknown type, checked as an envelope only", async () => {
    const result = await verifyJson(event("widget.exploded", { anything: ["goes"] }));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.type).toBe("widget.exploded");
      expect(result.value.data).toEqual({ anything: ["goes"] });
      expect(isEventType(result.value, "user.created")).toBe(false);
    }
  });

  it("returns a correctly signed event whose data lacks required fields or has other types, and tells onDrift", async () => {
    const reports: [readonly Issue[], { type: string }][] = [];
    const onDrift = (issues: readonly Issue[], context: { type: string }): void => void reports.push([issues, context]);
    const body = event("user.created", userData({ id: 42, email_addresses: "nope", banned: undefined }));
    const result = await verifyJson(body, { onDrift });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect((result.value.data as { id: unknown }).id).toBe(42);
    expect(reports).toHaveLength(1);
    expect(reports[0]![1]).toEqual({ type: "user.created" });
    expect(reports[0]![0]).toEqual(
      expect.arrayContaining([
        { path: ["data", "id"], message: "expected string, received number" },
        { path: ["data", "email_addresses"], message: "expected array, received string" },
        { path: ["data", "banned"], message: "required boolean, but missing" },
      ]),
    );
    // Told once per event type and path for the same observer.
    expect((await verifyJson(body, { onDrift })).ok).toBe(true);
    expect(reports).toHaveLength(1);
  });

  it("a drifting envelope (no timestamp, no instance_id) is still the event", async () => {
    const result = await verifyJson({ type: "user.deleted", data: { deleted: true } });
    expect(result.ok).toBe(true);
  });

  it("strict: true refuses a documented event type whose data has the wrong shape, with issues", async () => {
    const result = await verifyJson(event("user.created", userData({ id: 42, email_addresses: "nope", banned: undefined })), { strict: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = result.error;
    expect(error.reason).toBe("invalid-event");
    expect(error.kind).toBe("webhook-verification");
    const paths = error.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["data.id", "data.email_addresses", "data.banned"]));
    expect(error.issues.find((i) => i.path.join(".") === "data.id")?.message).toBe("expected string, received number");
    expect(error.issues.find((i) => i.path.join(".") === "data.banned")?.message).toBe("required boolean, but missing");
    expect(error.message).toContain("user.created");
    // The escape hatch: the signed JSON, as sent.
    expect((error.data as { data: { id: unknown } }).data.id).toBe(42);
  });

  it("issue messages describe types, never the personal data in the event", async () => {
    const result = await verifyJson(event("user.created", userData({ first_name: 12345, last_name: ["jane.doe@secret.example"] })), { strict: true });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).not.toContain("jane.doe@secret.example");
      expect(result.error.message).not.toContain("12345");
      expect(JSON.stringify(result.error.issues)).not.toContain("jane.doe");
    }
  });

  it("refuses, under any policy, only JSON that is not an object with a string type", async () => {
    for (const json of [{ test: 1 }, [], "user.created", 7, null, { type: 5, data: {} }, [{ type: "user.created" }]]) {
      const result = await verifyJson(json);
      expect(result.ok ? undefined : result.error.reason, JSON.stringify(json)).toBe("invalid-event");
    }
    expect((await verifyJson({ type: "user.created", data: {} })).ok).toBe(true);
    expect((await verifyJson({ type: "user.created", data: {} }, { strict: true })).ok).toBe(false);
  });

  it("does not treat inherited property names as event types", async () => {
    for (const type of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      const result = await verifyJson(event(type, { x: 1 }));
      expect(result.ok).toBe(true);
    }
  });

  it("lists the documented event types", () => {
    expect(knownWebhookEventTypes).toContain("user.created");
    expect(knownWebhookEventTypes).toContain("organizationMembership.deleted");
    expect(knownWebhookEventTypes).toContain("subscriptionItem.freeTrialEnding");
    expect(knownWebhookEventTypes.length).toBe(45);
    expect([...knownWebhookEventTypes].sort()).toEqual(knownWebhookEventTypes);
  });

  it("types: event types and data are typed from the spec; comparing type narrows data", () => {
    expectTypeOf<KnownWebhookEventType>().toExtend<string>();
    expectTypeOf<"user.created">().toExtend<KnownWebhookEventType>();
    expectTypeOf<WebhookEventOfType<"user.created">["data"]["id"]>().toEqualTypeOf<string>();
    expectTypeOf<WebhookEvent["type"]>().toExtend<string>();
    // UnknownWebhookEvent's `data` is `never`, so it adds nothing to a narrowed event's `data`.
    const narrowByType = (e: WebhookEvent): string | undefined => (e.type === "user.created" ? e.data.id : undefined);
    expect(typeof narrowByType).toBe("function");
  });

  it("types: comparing type narrows data but not the event; isEventType narrows the event to the documented one", () => {
    const compared = (e: WebhookEvent): void => {
      if (e.type === "user.created") {
        expectTypeOf(e.data).toEqualTypeOf<WebhookEventOfType<"user.created">["data"]>();
        // A type added later could be any string, so the event may still be an unknown one.
        expectTypeOf(e).not.toEqualTypeOf<WebhookEventOfType<"user.created">>();
      }
      if (isEventType(e, "user.created")) expectTypeOf(e).toEqualTypeOf<WebhookEventOfType<"user.created">>();
    };
    expect(typeof compared).toBe("function");
  });
});
