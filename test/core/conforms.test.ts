// The fast path of response decoding (`conforms`) must accept exactly what valibot's safeParse
// accepts of the same shape (`toValibot`), or a wrong body would slip through as `ok` (or a good one
// pay for a needless re-check). valibot is the oracle here; test/core/toValibot.test.ts runs the
// same comparison over every model and every real body of test/corpus.
import { safeParse } from "valibot";
import { describe, expect, test } from "vitest";
import { conforms, inspect } from "../../src/core/schemas.js";
import type { Shape } from "../../src/core/shape.js";
import { toValibot } from "../../src/core/valibot.js";
import { EmailAddress } from "../../src/models/emailAddress.js";
import { OrganizationMembership } from "../../src/models/organizationMembership.js";
import { User } from "../../src/models/user.js";
import { membershipJson, userJson } from "../helpers/fixtures.js";

/** conforms vs valibot; and `inspect` (the walk that names differences) finds nothing exactly when conforms says yes. */
const agree = (shape: Shape, value: unknown): [boolean, boolean] => {
  const fast = conforms(shape, value);
  expect(inspect(shape, value).length === 0, "inspect agrees with conforms").toBe(fast);
  return [fast, safeParse(toValibot(shape), value).success];
};

/** Every way to spoil one field of an object: wrong JSON type, null, removed. */
function spoiled(base: Record<string, unknown>): [string, Record<string, unknown>][] {
  const out: [string, Record<string, unknown>][] = [];
  for (const key of Object.keys(base)) {
    const value = base[key];
    const wrong = typeof value === "string" ? 42 : typeof value === "number" ? "42" : typeof value === "boolean" ? "true" : Array.isArray(value) ? {} : "x";
    out.push([`${key}: wrong type`, { ...base, [key]: wrong }]);
    out.push([`${key}: null`, { ...base, [key]: null }]);
    const { [key]: _removed, ...rest } = base;
    out.push([`${key}: removed`, rest]);
  }
  return out;
}

describe("conforms agrees with valibot's safeParse of the same shape", () => {
  test("on valid bodies, with unknown keys and new enum values", () => {
    expect(agree(User, userJson())).toEqual([true, true]);
    expect(agree(User, userJson({ brand_new_field: { x: 1 }, object: "user_v2" }))).toEqual([true, true]);
    expect(agree(OrganizationMembership, membershipJson())).toEqual([true, true]);
  });

  test.each(spoiled(userJson()))("on a User with %s", (_, body) => {
    const [fast, slow] = agree(User, body);
    expect(fast).toBe(slow);
  });

  test.each(spoiled(membershipJson()))("on a membership with %s", (_, body) => {
    const [fast, slow] = agree(OrganizationMembership, body);
    expect(fast).toBe(slow);
  });

  test("on nested discriminated variants: known tag checked, unknown or missing tag accepted", () => {
    const email = (userJson().email_addresses as Record<string, unknown>[])[0]!;
    const withVerification = (verification: unknown) => ({ ...email, verification });
    for (const v of [
      { object: "verification_otp", status: "verified", strategy: "email_code", attempts: 1, expire_at: 1 },
      { object: "verification_otp", status: "verified", strategy: "email_code", attempts: "one", expire_at: 1 },
      { object: "verification_from_the_future", anything: true },
      { status: "verified", strategy: "email_code" },
      null,
      "verified",
    ]) {
      const [fast, slow] = agree(EmailAddress, withVerification(v));
      expect(fast, JSON.stringify(v)).toBe(slow);
    }
  });

  test("on non-objects and arrays at the top", () => {
    for (const value of [null, undefined, 1, "user", true, [], [userJson()]]) {
      const [fast, slow] = agree(User, value);
      expect(fast, String(value)).toBe(slow);
    }
  });
});

describe("conforms knows every shape kind the generator emits", () => {
  const KNOWN = new Set(["string", "number", "boolean", "unknown", "nullable", "exact_optional", "lazy", "picklist", "union", "array", "record", "loose_object", "object"]);

  test("in every model and webhook event shape (an unknown kind would fail every answer strictly)", async () => {
    const { readdirSync } = await import("node:fs");
    const here = new URL("../../src/models/", import.meta.url);
    const modules = [
      ...(await Promise.all(readdirSync(here).filter((f) => f.endsWith(".ts")).map((f) => import(new URL(f, here).href)))),
      await import("../../src/webhooks/events.js"),
    ];
    const kinds = new Set<string>();
    const seen = new Set<object>();
    const visit = (node: unknown): void => {
      if (!node || typeof node !== "object" || seen.has(node)) return;
      seen.add(node);
      const s = node as Shape;
      if (typeof s.type !== "string") return;
      kinds.add(s.type);
      const children = [s.wrapped, s.item, s.value, ...Object.values(s.entries ?? {}), ...(s.type === "union" ? (s.options ?? []) : [])];
      // An open variant's getter, asked about no tag, answers its catch-all object.
      if (s.getter) children.push(s.getter(undefined));
      for (const child of children) visit(child);
    };
    for (const mod of modules) for (const value of Object.values(mod as Record<string, unknown>)) visit(value);
    expect(kinds.size).toBeGreaterThan(8);
    expect([...kinds].filter((k) => !KNOWN.has(k))).toEqual([]);
  });
});

describe("the rarer kinds: union, record, picklist, lazy", () => {
  const s = { string: { type: "string" }, number: { type: "number" } } as unknown as Record<string, Shape>;
  const a = { type: "loose_object", entries: { kind: s.string, a: s.number } } as unknown as Shape;
  const b = { type: "loose_object", entries: { kind: s.string, b: s.string } } as unknown as Shape;
  const union = { type: "union", options: [a, b] } as unknown as Shape;
  const record = { type: "record", value: s.number } as unknown as Shape;
  const pick = { type: "picklist", options: ["x", "y"] } as unknown as Shape;
  const lazy = { type: "lazy", getter: () => a } as unknown as Shape;

  test.each([
    ["a union value that fits its second object variant", union, { kind: "b", b: "ok" }],
    ["a union value that fits no variant", union, { kind: "c" }],
    ["a record of numbers", record, { x: 1, y: 2 }],
    ["a record with one string", record, { x: 1, y: "2" }],
    ["a documented picklist value", pick, "x"],
    ["an undocumented picklist value", pick, "z"],
    ["a lazy shape that fits", lazy, { kind: "a", a: 1 }],
    ["a lazy shape that does not", lazy, { kind: "a", a: "1" }],
  ])("%s: conforms and inspect agree with valibot", (_, shape, value) => {
    const [fast, oracle] = agree(shape, value);
    expect(fast).toBe(oracle);
  });
});
