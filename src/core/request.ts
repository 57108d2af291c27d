import { call, type Operation } from "./call.js";
import type { ClerkCore } from "./core.js";
import { InvalidRequestError, type CallError } from "./errors.js";
import type { CallOptions, HttpMethod } from "./options.js";
import { err, type Result } from "./result.js";
import { unknown, type Shape } from "./shape.js";
import { isStandardSchema, standardRefine, type StandardSchemaV1 } from "./standard.js";

/** The request of an operation that takes no parameters: omit it, or pass `{}`. */
export type EmptyRequest = Record<string, never>;

/** What {@link request} sends. */
export interface RawRequest<T> {
  readonly method: HttpMethod;
  /** A path below `serverURL`, e.g. `/users/user_123/new_thing`; never a URL. Encode its segments yourself. */
  readonly path: string;
  /** Query values, encoded like the SDK's own (arrays repeat the key). */
  readonly query?: Readonly<Record<string, string | number | boolean | readonly (string | number | boolean)[] | null | undefined>>;
  /** The JSON body. */
  readonly body?: unknown;
  /**
   * What to check the 2xx answer against: a Standard Schema (valibot, zod ≥ 3.24…), whose output
   * is the value; a shape (`clerk-fn/models/*`), checked like the SDK's own answers; or `"text"`.
   * Without it the parsed JSON is returned unchecked. A Standard Schema follows
   * `responseValidation` too: `strict` fails on a mismatch, `tolerant` returns the JSON and tells
   * the paths to `hooks.onDrift`; its issues name paths only, never the library's message.
   */
  readonly response?: StandardSchemaV1<unknown, T> | Shape<T> | "text";
}

/**
 * Calls an endpoint the pinned spec does not have, through the same pipeline as every function
 * (key, headers, retries, timeouts, hooks, limits, errors as values). Nothing about the request
 * is checked against a spec: a typo in `path` or a field is the API's to refuse.
 */
export function request<T = unknown>(core: ClerkCore, raw: RawRequest<T>, options?: CallOptions): Promise<Result<T, CallError<number>>> {
  const { method, path, query, body, response } = raw ?? {};
  // Absolute or protocol-relative URLs, dot segments, `?`/`#` and anything a URL would rewrite are
  // refused: the key must only ever go to `serverURL`.
  if (!/^(\/[\w.~!$&'()*+,;=:@%-]+)+\/?$/.test(path) || /\/\.\.?(\/|$)/.test(path) || !/^(GET|POST|PUT|PATCH|DELETE)$/.test(method)) {
    return Promise.resolve(err(new InvalidRequestError([{ path: ["path"], message: "must be a path such as /users/user_123 (no URL, no dot segments, no ?/#) with a method such as GET" }])));
  }
  const op: Operation<T> = {
    id: "request",
    method,
    path,
    body: body === undefined ? undefined : { body: "x" },
    bodyKind: "whole",
    response: response === undefined || isStandardSchema(response) ? unknown : response,
    refine: isStandardSchema(response) ? standardRefine(response) : undefined,
  } as Operation<T>;
  return call(core, op, body === undefined ? {} : { body }, { ...options, extra: { ...options?.extra, query: { ...options?.extra?.query, ...query } } });
}
