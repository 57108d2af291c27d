// paginate / paginateItems over both list styles, on the in-memory emulator: page boundaries,
// total_count, errors mid-way, aborts, and the type-level refusal of non-list functions.
import { describe, expect, test } from "vitest";
import { ClerkCore, paginate, paginateItems, type Result } from "../../src/core/index.js";
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
