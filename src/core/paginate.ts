import type { ClerkCore } from "./core.js";
import { ResponseValidationError } from "./errors.js";
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

/** Why a walk was stopped before the list said it ended. */
export type PaginationStall = "repeated-page" | "cursor-unchanged";

/**
 * The list made no progress: a page held only the items of the page before it (a cache that
 * ignores the query string, an offset the server clamps while `total_count` promises more), or
 * the cursor did not move. Walking on would never end, so the walk stops with this error. It is
 * a `response-validation` error (the answers do not behave as documented) with a `reason`.
 */
export class PaginationError extends ResponseValidationError {
  override readonly name: string = "PaginationError";
  declare readonly reason: PaginationStall;
  constructor(reason: PaginationStall, offset: number) {
    const message =
      reason === "repeated-page"
        ? `The page at offset ${offset} repeats the items of the previous page: the list makes no progress, so paginate stopped`
        : `The cursor did not advance after offset ${offset}: the list makes no progress, so paginate stopped`;
    super({ status: 200, headers: new Headers(), body: "", data: undefined, issues: [{ path: [], message }] }, message);
    Object.assign(this, { reason });
  }
}

/** The items of a list answer of either shape; `undefined` when the value is not a list at all. */
function itemsOf(value: unknown): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  const data = typeof value === "object" && value !== null ? (value as { data?: unknown }).data : undefined;
  return Array.isArray(data) ? data : undefined;
}

/** What identifies an item between pages: its `id`, else its whole JSON (templates have no id). */
function keyOf(item: unknown): string {
  const id = typeof item === "object" && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : JSON.stringify(item) ?? "";
}

/**
 * Walks a list operation page by page, yielding each page as a Result: `limit`/`offset` (or a
 * cursor, see {@link PaginateOptions}) over bare-array lists and `{ data, total_count }`
 * envelopes alike. Stops after a short page, at `total_count`, on an empty page, on a page that is
 * no list at all (`null` or `{}` under the `tolerant`/`off` policies: yielded, then the end), or
 * right after yielding an error. A page that only repeats the previous one, or a cursor that
 * does not move, ends the walk with a {@link PaginationError} rather than looping forever.
 * Only the current page (and the previous page's ids) is held; the caller's `signal` (in
 * `options`) is honoured between and during requests. Passing a function that does not return
 * a list is a type error.
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
): AsyncGenerator<Result<V, E | PaginationError>, void, undefined> {
  const limit = request?.limit ?? DEFAULT_LIMIT;
  const given = request as (Req & { starting_after?: unknown }) | undefined;
  const cursorMode = options?.mode === "cursor" || given?.starting_after !== undefined;
  let offset = request?.offset ?? 0;
  let after = given?.starting_after;
  let previous: Set<string> | undefined;
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
    const items = itemsOf(page.value);
    // An exact multiple of the page size ends with one empty page: not worth yielding.
    if (items?.length === 0 && previous) return;
    const keys = new Set(items?.map(keyOf));
    if (previous && keys.size > 0 && [...keys].every((key) => previous!.has(key))) {
      yield { ok: false, error: new PaginationError("repeated-page", offset) };
      return;
    }
    yield page;
    if (!items || items.length === 0) return;
    previous = keys;
    offset += items.length;
    const last = (items[items.length - 1] as { id?: unknown } | undefined)?.id;
    if (cursorMode) {
      if (typeof last !== "string") return;
      if (last === after) {
        yield { ok: false, error: new PaginationError("cursor-unchanged", offset) };
        return;
      }
      after = last;
    }
    const total = (page.value as { total_count?: unknown }).total_count;
    if (items.length < limit || (typeof total === "number" && offset >= total)) return;
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
): AsyncGenerator<Result<ItemOf<V>, E | PaginationError>, void, undefined> {
  for await (const page of paginate(core, fn, request, options)) {
    if (!page.ok) {
      yield page;
      return;
    }
    for (const item of (itemsOf(page.value) ?? []) as readonly ItemOf<V>[]) yield { ok: true, value: item };
  }
}
