// paginate / paginateItems over both list styles, on the in-memory emulator: page boundaries,
// total_count, errors mid-way, aborts, and the type-level refusal of non-list functions.
import { describe, expect, test } from "vitest";
import { ClerkCore, paginate, paginateItems, PaginationError, type Result } from "../../src/core/index.js";
import { clientsList } from "../../src/funcs/clientsList.js";
import { invitationsCreate } from "../../src/funcs/invitationsCreate.js";
import { invitationsList } from "../../src/funcs/invitationsList.js";
import { fakeFetch, json } from "../helpers/fakeFetch.js";
import { organizationWithLogoJson, testCore, userJson } from "../helpers/fixtures.js";
import { jwksGetJWKS } from "../../src/funcs/jwksGetJWKS.js";
import { organizationsList } from "../../src/funcs/organizationsList.js";
import { usersGet } from "../../src/funcs/usersGet.js";
import { usersList } from "../../src/funcs/usersList.js";
import { createClerkEmulator, type SeedOrganization, type SeedUser } from "../../src/testing/index.js";

const users = (n: number): SeedUser[] =>
  Array.from({ length: n }, (_, i) => ({ email_address: [`user${i}@example.com`], first_name: `User ${i}` }));
const organizations = (n: number): SeedOrganization[] => Array.from({ length: n }, (_, i) => ({ name: `Org ${i}` }));

function setup(seed: { users?: number; organizations?: number }) {
  let t = Date.UTC(2026, 0, 1);
  const emulator = createClerkEmulator({
    users: users(seed.users ?? 0),
    organizations: organizations(seed.organizations ?? 0),
    now: () => (t += 1000),
  });
  const core = new ClerkCore({ secretKey: emulator.secretKey, fetch: emulator.fetch, retry: false });
  return { emulator, core };
}

async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

function sizes(pages: Result<readonly unknown[] | { data: readonly unknown[] }, unknown>[]): number[] {
  return pages.map((p) => (p.ok ? (Array.isArray(p.value) ? p.value.length : (p.value as { data: unknown[] }).data.length) : -1));
}

describe("paginate over a bare-array list (usersList)", () => {
  test("cursor mode walks starting_after with the last id and never sends offset", async () => {
    const { emulator, core } = setup({ users: 25 });
    const pages = await collect(paginate(core, usersList, { limit: 10 }, { mode: "cursor" }));
    expect(sizes(pages)).toEqual([10, 10, 5]);
    const ids = pages.flatMap((p) => (p.ok ? p.value.map((u) => u.id) : []));
    expect(new Set(ids).size).toBe(25);
    expect(emulator.requests.map((r) => r.query.offset)).toEqual([undefined, undefined, undefined]);
    expect(emulator.requests[0]?.query.starting_after).toBeUndefined();
    expect(emulator.requests[1]?.query.starting_after).toBe(ids[9]);
    expect(emulator.requests[2]?.query.starting_after).toBe(ids[19]);
  });

  test("a request that already has starting_after is walked by cursor (the API refuses it with offset)", async () => {
    const { core } = setup({ users: 25 });
    const first = await usersList(core, { limit: 5 });
    if (!first.ok) throw first.error;
    const cursor = first.value[4]!.id;
    const pages = await collect(paginate(core, usersList, { limit: 10, starting_after: cursor }));
    expect(pages.every((p) => p.ok)).toBe(true);
    expect(sizes(pages)).toEqual([10, 10]);
  });

  test("walks limit/offset until a short page, newest first and without repeats", async () => {
    const { emulator, core } = setup({ users: 25 });
    const pages = await collect(paginate(core, usersList, { limit: 10 }));
    expect(sizes(pages)).toEqual([10, 10, 5]);
    const ids = pages.flatMap((p) => (p.ok ? p.value.map((u) => u.id) : []));
    expect(new Set(ids).size).toBe(25);
    expect(pages[0]?.ok && pages[0].value[0]?.first_name).toBe("User 24");
    expect(emulator.requests.map((r) => r.query.offset)).toEqual(["0", "10", "20"]);
  });

  test("an exact multiple of the page size yields no empty page", async () => {
    const { emulator, core } = setup({ users: 20 });
    const pages = await collect(paginate(core, usersList, { limit: 10 }));
    expect(sizes(pages)).toEqual([10, 10]);
    // A bare array cannot say it is the last page: one more request finds the empty one.
    expect(emulator.requests).toHaveLength(3);
  });

  test("keeps the caller's filters and starting offset, with the API's default page size", async () => {
    const { emulator, core } = setup({ users: 25 });
    const pages = await collect(paginate(core, usersList, { offset: 5, order_by: "+created_at", query: "user1" }));
    // user1 and user10 … user19 match the query: 11 users, six of them from offset 5 on.
    expect(sizes(pages)).toEqual([6]);
    expect(emulator.requests[0]?.query).toMatchObject({ limit: "10", offset: "5", order_by: "+created_at", query: "user1" });
  });

  test("an empty list yields one empty page", async () => {
    const { core } = setup({});
    expect(sizes(await collect(paginate(core, usersList, { limit: 10 })))).toEqual([0]);
  });
});

describe("paginate over an envelope list (organizationsList)", () => {
  test("stops at total_count", async () => {
    const { emulator, core } = setup({ organizations: 12 });
    const pages = await collect(paginate(core, organizationsList, { limit: 5 }));
    expect(sizes(pages)).toEqual([5, 5, 2]);
    expect(pages.every((p) => p.ok && p.value.total_count === 12)).toBe(true);
    expect(emulator.requests).toHaveLength(3);
  });

  test("an exact multiple of the page size stops without an extra request", async () => {
    const { emulator, core } = setup({ organizations: 10 });
    const pages = await collect(paginate(core, organizationsList, { limit: 5 }));
    expect(sizes(pages)).toEqual([5, 5]);
    expect(emulator.requests).toHaveLength(2); // total_count says there is nothing after offset 10
  });
});

describe("errors and aborts", () => {
  test("an error mid-way is yielded once and ends the walk", async () => {
    const { emulator, core } = setup({ users: 25 });
    let calls = 0;
    emulator.override("GET /users", () =>
      ++calls === 2
        ? new Response(JSON.stringify({ errors: [{ code: "internal_clerk_error", message: "boom", long_message: "boom" }] }), {
            status: 500,
            headers: { "content-type": "application/json" },
          })
        : undefined,
    );
    const pages = await collect(paginate(core, usersList, { limit: 10 }));
    expect(sizes(pages)).toEqual([10, -1]);
    const last = pages[1]!;
    if (last.ok || last.error.kind !== "api") throw new Error("expected an api error");
    expect(last.error.status).toBe(500);
    expect(emulator.requests).toHaveLength(2);
  });

  test("aborting between pages yields an aborted error and sends nothing more", async () => {
    const { emulator, core } = setup({ organizations: 12 });
    const controller = new AbortController();
    const pages: Awaited<ReturnType<typeof organizationsList>>[] = [];
    for await (const page of paginate(core, organizationsList, { limit: 5 }, { signal: controller.signal })) {
      pages.push(page);
      controller.abort();
    }
    expect(sizes(pages)).toEqual([5, -1]);
    expect(!pages[1]!.ok && pages[1]!.error.kind).toBe("aborted");
    expect(emulator.requests).toHaveLength(1);
  });

  test("an already aborted signal sends no request at all", async () => {
    const { emulator, core } = setup({ users: 3 });
    const pages = await collect(paginate(core, usersList, {}, { signal: AbortSignal.abort() }));
    expect(pages).toHaveLength(1);
    expect(!pages[0]!.ok && pages[0]!.error.kind).toBe("aborted");
    expect(emulator.requests).toHaveLength(0);
  });

  test("aborting while a page is in flight ends the walk with an aborted error", async () => {
    const emulator = createClerkEmulator({ users: users(15), latencyMs: 200 });
    const core = new ClerkCore({ secretKey: emulator.secretKey, fetch: emulator.fetch, retry: false });
    const pages = await collect(paginate(core, usersList, { limit: 10 }, { signal: AbortSignal.timeout(300) }));
    expect(sizes(pages)).toEqual([10, -1]);
    expect(!pages[1]!.ok && pages[1]!.error.kind).toBe("aborted");
  });
});

describe("paginateItems", () => {
  test("yields every item of every page, one at a time", async () => {
    const { core } = setup({ organizations: 7 });
    const names: string[] = [];
    for await (const item of paginateItems(core, organizationsList, { limit: 3, order_by: "name" })) {
      if (!item.ok) throw item.error;
      names.push(item.value.name);
    }
    expect(names).toEqual(["Org 0", "Org 1", "Org 2", "Org 3", "Org 4", "Org 5", "Org 6"]);
  });

  test("an error ends the iteration after the items already yielded", async () => {
    const { emulator, core } = setup({ users: 5 });
    let calls = 0;
    emulator.override("GET /users", () => (++calls === 2 ? new Response("Bad gateway", { status: 502 }) : undefined));
    const results = await collect(paginateItems(core, usersList, { limit: 2 }));
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
  });
});

// Type-level checks, compiled by `tsc` (npm run typecheck) and never run: paginate accepts only
// operations that return a list.
export function typeChecks(core: ClerkCore): void {
  // @ts-expect-error usersGet returns one user, not a list
  void paginate(core, usersGet, { user_id: "user_1" });
  // @ts-expect-error the JWKS is an object without data/total_count
  void paginateItems(core, jwksGetJWKS, {});
  // Lists are fine, and items are typed from the page.
  void (async () => {
    for await (const item of paginateItems(core, organizationsList)) if (item.ok) void item.value.slug;
  });
}

describe("paginated: true (the envelope) on the lists that take the flag", () => {
  async function withInvitations(n: number) {
    const { emulator, core } = setup({});
    for (let i = 0; i < n; i++) {
      const made = await invitationsCreate(core, { email_address: `guest${i}@example.com` });
      if (!made.ok) throw made.error;
    }
    return { emulator, core, before: emulator.requests.length };
  }

  test("the emulator answers the envelope and paginate walks it to total_count (strict)", async () => {
    const { emulator, core, before } = await withInvitations(12);
    const strictCore = new ClerkCore({ secretKey: emulator.secretKey, fetch: emulator.fetch, retry: false, responseValidation: "strict" });
    const pages = await collect(paginate(strictCore, invitationsList, { limit: 5, paginated: true }));
    expect(sizes(pages)).toEqual([5, 5, 2]);
    expect(pages.every((p) => p.ok && !Array.isArray(p.value) && (p.value as unknown as { total_count: number }).total_count === 12)).toBe(true);
    expect(emulator.requests.slice(before).map((r) => r.query.paginated)).toEqual(["true", "true", "true"]);
    const items = await collect(paginateItems(core, invitationsList, { limit: 5, paginated: true }));
    expect(new Set(items.map((i) => i.ok && i.value.id)).size).toBe(12);
  });

  test("without the flag the same list is bare arrays", async () => {
    const { core } = await withInvitations(7);
    const pages = await collect(paginate(core, invitationsList, { limit: 5 }));
    expect(sizes(pages)).toEqual([5, 2]);
    expect(pages.every((p) => p.ok && Array.isArray(p.value))).toBe(true);
  });

  test("a list the emulator serves by placeholder answers the envelope too", async () => {
    const { emulator } = setup({});
    const strictCore = new ClerkCore({ secretKey: emulator.secretKey, fetch: emulator.fetch, retry: false, responseValidation: "strict" });
    expect(await clientsList(strictCore, { paginated: true })).toEqual({ ok: true, value: { data: [], total_count: 0 } });
    expect(await clientsList(strictCore, {})).toEqual({ ok: true, value: [] });
  });
});

describe("a list that makes no progress ends with a PaginationError, never a loop", () => {
  const fullPage = (from: number, n = 10) => Array.from({ length: n }, (_, i) => userJson({ id: `user_${from + i}` }));

  test("a server that ignores offset (the same full page every time) is stopped after one repeat", async () => {
    const fake = fakeFetch(() => json(fullPage(0)));
    const pages = await collect(paginate(testCore(fake), usersList, { limit: 10 }));
    expect(sizes(pages)).toEqual([10, -1]);
    const last = pages[1]!;
    if (last.ok) throw new Error("expected an error");
    expect(last.error).toBeInstanceOf(PaginationError);
    expect(last.error.kind).toBe("response-validation");
    expect((last.error as PaginationError).reason).toBe("repeated-page");
    expect(fake.calls).toHaveLength(2);
  });

  test("a total_count that promises more than an offset-clamping server has is stopped", async () => {
    const orgs = Array.from({ length: 30 }, (_, i) => organizationWithLogoJson({ id: `org_${i}` }));
    const fake = fakeFetch((request) => {
      const offset = Math.min(Number(new URL(request.url).searchParams.get("offset")), 20);
      return json({ data: orgs.slice(offset, offset + 10), total_count: 1000 });
    });
    const pages = await collect(paginate(testCore(fake), organizationsList, { limit: 10 }));
    expect(sizes(pages)).toEqual([10, 10, 10, -1]);
    expect(fake.calls).toHaveLength(4);
  });

  test("a repeat in another order is no progress either; a page with one new item is", async () => {
    let n = 0;
    const fake = fakeFetch(() => json(n++ === 0 ? fullPage(0) : n === 2 ? fullPage(1) : fullPage(1).reverse()));
    const pages = await collect(paginate(testCore(fake), usersList, { limit: 10 }));
    expect(sizes(pages)).toEqual([10, 10, -1]);
  });

  test("cursor mode: a cursor that does not advance is stopped", async () => {
    let n = 0;
    const fake = fakeFetch((request) => {
      const after = new URL(request.url).searchParams.get("starting_after");
      n++;
      // The second page is new items ending on the cursor it was given.
      return json(after === null ? fullPage(0) : [...fullPage(100, 9), userJson({ id: after })]);
    });
    const pages = await collect(paginate(testCore(fake), usersList, { limit: 10 }, { mode: "cursor" }));
    expect(sizes(pages)).toEqual([10, 10, -1]);
    const last = pages[2]!;
    expect(!last.ok && (last.error as PaginationError).reason).toBe("cursor-unchanged");
    expect(n).toBe(2);
  });
});

describe("pages that are no list at all never make paginate throw", () => {
  test.each(["tolerant", "off"] as const)("null and {} pages under %s: yielded or an error, then the end", async (policy) => {
    for (const body of [null, {}, { data: null }, { data: "x", total_count: "y" }, 42]) {
      const core = testCore(fakeFetch(() => json(body)), { responseValidation: policy });
      const pages = await collect(paginate(core, organizationsList, { limit: 10 }));
      expect(pages.length, JSON.stringify(body)).toBe(1);
      const items = await collect(paginateItems(core, organizationsList, { limit: 10 }));
      expect(items.length, JSON.stringify(body)).toBeLessThanOrEqual(1);
      const bare = await collect(paginate(testCore(fakeFetch(() => json(body)), { responseValidation: policy }), usersList));
      expect(bare.length, JSON.stringify(body)).toBe(1);
    }
  });

  test("under tolerant a null page where a list is documented is a response-validation error; under off it is the value", async () => {
    const [tolerant] = await collect(paginate(testCore(fakeFetch(() => json(null))), usersList));
    expect(!tolerant!.ok && tolerant!.error.kind).toBe("response-validation");
    const [off] = await collect(paginate(testCore(fakeFetch(() => json(null)), { responseValidation: "off" }), usersList));
    expect(off).toEqual({ ok: true, value: null });
  });
});
