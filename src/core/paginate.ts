import type { ClerkCore } from "./core.js";
import type { CallOptions } from "./options.js";
import type { Result } from "./result.js";

/** A list answer: a bare array, or the `{ data, total_count }` envelope. */
export type ListValue<I = unknown> = readonly I[] | { readonly data: readonly I[]; readonly total_count: number };

/** The item type of a list answer. */
export type ItemOf<V> = V extends readonly (infer I)[] ? I : V extends { readonly data: readonly (infer I)[] } ? I : never;

/** Request keys every paged operation has. */
export interface PageRequest {
  limit?: number;
  offset?: number;
}

/** A generated list function, e.g. `usersList` or `organizationsList`. */
export type ListFunction<Req extends PageRequest, V extends ListValue, E> = (
  core: ClerkCore,
  request?: Req,
  options?: CallOptions,
) => Promise<Result<V, E>>;

/** Options of `paginate`: the call options of each page, and how to walk. */
export interface PaginateOptions extends CallOptions {
  /**
   * `offset` (default) walks `limit`/`offset`. `cursor` walks `starting_after` with the last
   * item's `id`: constant cost per page however deep, for the lists that document it
   * (`usersList`). Cursor mode is also chosen when the request already has `starting_after`,
   * since the API refuses it together with `offset`.
   */
  readonly mode?: "offset" | "cursor";
}

/** The API's own default page size (and so a size every list operation accepts). */
const DEFAULT_LIMIT = 10;

/**
 * Walks a list operation page by page with `limit`/`offset`, yielding each page as a Result.
 * Stops after a short page, at `total_count`, on an empty page, or right after yielding an
 * error. Only the current page is held; the caller's `signal` (in `options`) is honoured
 * between and during requests. Passing a function that does not return a list is a type error.
 *
 * ```ts
 * for await (const page of paginate(core, usersList, { limit: 100 })) {
 *   if (!page.ok) { console.error(page.error); break; }
 *   for (const user of page.value) console.log(user.id);
 * }
 * ```
 */
export async function* paginate<Req extends PageRequest, V extends ListValue, E>(
  core: ClerkCore,
  fn: ListFunction<Req, V, E>,
  request?: NoInfer<Req>,
  options?: PaginateOptions,
): AsyncGenerator<Result<V, E>, void, undefined> {
  const limit = request?.limit ?? DEFAULT_LIMIT;
  const given = request as (Req & { starting_after?: unknown }) | undefined;
  const cursorMode = options?.mode === "cursor" || given?.starting_after !== undefined;
  let offset = request?.offset ?? 0;
  let after = given?.starting_after;
  let first = true;
  const { mode: _mode, ...callOptions } = options ?? {};
  for (;;) {
    const pageRequest = cursorMode
      ? { ...request, limit, ...(after === undefined ? {} : { starting_after: after }) }
      : { ...request, limit, offset };
    const page = await fn(core, pageRequest as Req, callOptions);
    if (!page.ok) {
      yield page;
      return;
    }
    const items = Array.isArray(page.value) ? (page.value as readonly unknown[]) : (page.value as { data: readonly unknown[] }).data;
    // An exact multiple of the page size ends with one empty page: not worth yielding.
    if (items.length === 0 && !first) return;
    first = false;
    yield page;
    offset += items.length;
    after = (items[items.length - 1] as { id?: unknown } | undefined)?.id;
    if (cursorMode && typeof after !== "string") return;
    const total = Array.isArray(page.value) ? undefined : (page.value as { total_count?: unknown }).total_count;
    if (items.length < limit || items.length === 0 || (typeof total === "number" && offset >= total)) return;
  }
}

/**
 * Like {@link paginate}, one item at a time: yields `{ ok: true, value: item }` for each item,
 * or one `{ ok: false, error }` and stops.
 */
export async function* paginateItems<Req extends PageRequest, V extends ListValue, E>(
  core: ClerkCore,
  fn: ListFunction<Req, V, E>,
  request?: NoInfer<Req>,
  options?: PaginateOptions,
): AsyncGenerator<Result<ItemOf<V>, E>, void, undefined> {
  for await (const page of paginate(core, fn, request, options)) {
    if (!page.ok) {
      yield page;
      return;
    }
    const items = (Array.isArray(page.value) ? page.value : (page.value as { data: readonly unknown[] }).data) as readonly ItemOf<V>[];
    for (const item of items) yield { ok: true, value: item };
  }
}
