// The emulator's HTTP vocabulary: Clerk-shaped errors, typed readers for query strings and JSON
// bodies (answering 422 as the API does instead of trusting input), and list paging/ordering.
import { isObject, type JsonObject } from "./merge.js";

/** One entry of a Clerk error document (`ClerkError`). */
export interface ClerkErrorItem {
  readonly code: string;
  readonly message: string;
  readonly long_message: string;
  readonly meta: JsonObject;
}

/**
 * A failed request, thrown inside route handlers and turned into a Clerk error response by the
 * emulator's `fetch` (handlers stay linear instead of threading results through every helper).
 */
export class ApiFailure {
  constructor(
    readonly status: number,
    readonly errors: readonly ClerkErrorItem[],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {}
}

/** A single-error `ApiFailure`. */
export function failure(
  status: number,
  code: string,
  message: string,
  longMessage: string,
  meta: JsonObject = {},
  headers?: Record<string, string>,
): ApiFailure {
  return new ApiFailure(status, [{ code, message, long_message: longMessage, meta }], headers);
}

/** 404 `resource_not_found`, e.g. `notFound("No user was found with id user_123")`. */
export function notFound(longMessage = "Resource not found"): ApiFailure {
  return failure(404, "resource_not_found", "not found", longMessage);
}

/** 422 `form_param_missing` for a required parameter that is absent or blank. */
export function paramMissing(param: string): ApiFailure {
  return failure(422, "form_param_missing", "is missing", `${param} must be included.`, { param_name: param });
}

/** 422 `form_param_format_invalid` for a parameter of the wrong type or shape. */
export function formatInvalid(param: string, longMessage = `${param} is invalid.`): ApiFailure {
  return failure(422, "form_param_format_invalid", "is invalid", longMessage, { param_name: param });
}

/** 422 `form_identifier_exists`: an email, phone, username or slug another record holds. */
export function identifierExists(param: string, longMessage: string): ApiFailure {
  return failure(422, "form_identifier_exists", "already exists", longMessage, { param_name: param });
}

/** Reads a query string the way the API does: repeated keys are lists, bad numbers are 422. */
export class Query {
  constructor(readonly params: URLSearchParams) {}

  str(name: string): string | undefined {
    const value = this.params.get(name);
    return value === null || value === "" ? undefined : value;
  }

  /** Repeated keys (`a=1&a=2`) and comma-joined values (`a=1,2`) both give `["1", "2"]`. */
  list(name: string): string[] {
    return this.params
      .getAll(name)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter((v) => v !== "");
  }

  int(name: string): number | undefined {
    const value = this.str(name);
    if (value === undefined) return undefined;
    if (!/^-?\d+$/.test(value)) throw formatInvalid(name, `${name} must be an integer.`);
    return Number(value);
  }

  bool(name: string): boolean | undefined {
    const value = this.str(name);
    if (value === undefined) return undefined;
    if (value !== "true" && value !== "false") throw formatInvalid(name, `${name} must be true or false.`);
    return value === "true";
  }
}

/** Typed access to a JSON request body; a value of the wrong type is a 422, as at Clerk. */
export class Body {
  constructor(readonly data: JsonObject) {}

  has(name: string): boolean {
    return this.data[name] !== undefined;
  }

  /** A string that must be present and not blank. */
  required(name: string): string {
    const value = this.str(name);
    if (value === undefined || value === null || value.trim() === "") throw paramMissing(name);
    return value;
  }

  str(name: string): string | null | undefined {
    const value = this.data[name];
    if (value === undefined || value === null) return value;
    if (typeof value !== "string") throw formatInvalid(name, `${name} must be a string.`);
    return value;
  }

  bool(name: string): boolean | null | undefined {
    const value = this.data[name];
    if (value === undefined || value === null) return value;
    if (typeof value !== "boolean") throw formatInvalid(name, `${name} must be a boolean.`);
    return value;
  }

  int(name: string): number | null | undefined {
    const value = this.data[name];
    if (value === undefined || value === null) return value;
    if (!Number.isSafeInteger(value)) throw formatInvalid(name, `${name} must be an integer.`);
    return value as number;
  }

  obj(name: string): JsonObject | null | undefined {
    const value = this.data[name];
    if (value === undefined || value === null) return value;
    if (!isObject(value)) throw formatInvalid(name, `${name} must be an object.`);
    return value;
  }

  strings(name: string): string[] | undefined {
    const value = this.data[name];
    if (value === undefined || value === null) return undefined;
    const list = typeof value === "string" ? [value] : value;
    if (!Array.isArray(list) || !list.every((v) => typeof v === "string")) {
      throw formatInvalid(name, `${name} must be a list of strings.`);
    }
    return list;
  }

  /** An RFC 3339 date-time as Unix ms (the API's `created_at` / `legal_accepted_at` inputs). */
  date(name: string): number | null | undefined {
    const value = this.str(name);
    if (value === undefined || value === null) return value;
    const ms = Date.parse(value);
    if (Number.isNaN(ms)) throw formatInvalid(name, `${name} must be a date in RFC 3339 format.`);
    return ms;
  }
}

/** `limit` 1–500 (default 10) and `offset` ≥ 0 (default 0), as every list documents them. */
export function pageParams(query: Query): { limit: number; offset: number } {
  const limit = query.int("limit") ?? 10;
  const offset = query.int("offset") ?? 0;
  if (limit < 1 || limit > 500) throw formatInvalid("limit", "limit must be between 1 and 500.");
  if (offset < 0) throw formatInvalid("offset", "offset must be greater than or equal to 0.");
  return { limit, offset };
}

/** One page of `items` per `limit`/`offset`. */
export function page<T>(items: readonly T[], query: Query): T[] {
  const { limit, offset } = pageParams(query);
  return items.slice(offset, offset + limit);
}

/** The `{ data, total_count }` envelope: `total_count` counts every match, not just this page. */
export function envelope<T>(items: readonly T[], query: Query): { data: T[]; total_count: number } {
  return { data: page(items, query), total_count: items.length };
}

/**
 * A page of a list that takes the `paginated` flag: the bare page, or with `paginated=true` the
 * `{ data, total_count }` envelope, as the API answers (and as `@clerk/backend` always asks).
 */
export function listPage<T>(items: readonly T[], query: Query): T[] | { data: T[]; total_count: number } {
  return query.bool("paginated") ? envelope(items, query) : page(items, query);
}

/** A sort key; `null` sorts after every value whatever the direction, as SQL's NULLS LAST. */
export type SortKey<T> = (item: T) => string | number | null | undefined;

/**
 * Sorts by `order_by` (`field`, `+field` or `-field`) among `fields`; an unknown field is a 422.
 * Ties keep creation order (in the sort's direction), so equal timestamps still list stably.
 */
export function orderBy<T>(
  items: readonly T[],
  spec: string | undefined,
  fallback: string,
  fields: Readonly<Record<string, SortKey<T>>>,
): T[] {
  const raw = spec ?? fallback;
  const desc = raw.startsWith("-");
  const field = raw.replace(/^[+-]/, "");
  const key = fields[field];
  if (!key) {
    throw formatInvalid("order_by", `order_by must be one of ${Object.keys(fields).join(", ")}, each with an optional + or - prefix.`);
  }
  const indexed = items.map((item, index) => ({ item, index, value: key(item) ?? null }));
  indexed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
    }
    const cmp =
      typeof a.value === "string" && typeof b.value === "string"
        ? a.value.localeCompare(b.value)
        : (a.value as number) - (b.value as number);
    return (desc ? -cmp : cmp) || (desc ? b.index - a.index : a.index - b.index);
  });
  return indexed.map((x) => x.item);
}

/**
 * The `+id` / `-id` filters of `user_id`, `external_id`, `organization_id`: plain or `+` values
 * include, `-` values exclude. Returns `undefined` when the parameter was not given.
 */
export function includeExclude(values: readonly string[]): ((candidates: readonly string[]) => boolean) | undefined {
  if (values.length === 0) return undefined;
  const include = new Set<string>();
  const exclude = new Set<string>();
  for (const v of values) {
    if (v.startsWith("-")) exclude.add(v.slice(1));
    else include.add(v.replace(/^\+/, ""));
  }
  return (candidates) =>
    (include.size === 0 || candidates.some((c) => include.has(c))) && !candidates.some((c) => exclude.has(c));
}

/** Case-insensitive substring match. */
export function contains(haystack: string | null | undefined, needle: string): boolean {
  return haystack != null && haystack.toLowerCase().includes(needle.toLowerCase());
}
