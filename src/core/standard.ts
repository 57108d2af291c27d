// Standard Schema v1 (https://standardschema.dev) as `request()` takes it: valibot, zod (3.24 and
// later), ArkType and others implement it, so any of them can check an answer the spec does not
// describe. The interface is declared here, as the spec recommends, rather than depended on.
import type { AnswerParts, ClerkFnError, Issue, IssuePath } from "./errors.js";
import { ResponseValidationError } from "./errors.js";
import type { ClerkCore } from "./core.js";
import { tellDrift } from "./decode.js";
import type { HookContext } from "./options.js";
import { err, ok, type Result } from "./result.js";

/** A Standard Schema v1 whose output is `Output`, such as a valibot or zod schema. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

/** What a Standard Schema's `validate` answers. */
export type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: readonly { readonly message: string; readonly path?: readonly unknown[] | undefined }[] };

/** Whether `value` is a Standard Schema (an object, or a function as ArkType's are, with `~standard.validate`). */
export function isStandardSchema(value: unknown): value is StandardSchemaV1 {
  if ((typeof value !== "object" && typeof value !== "function") || value === null) return false;
  const props = (value as { "~standard"?: { validate?: unknown } })["~standard"];
  return typeof props === "object" && props !== null && typeof props.validate === "function";
}

// The library's own messages are never kept: valibot's and zod's quote the value received, which
// here is a response body (personal data). The path says where; this says what.
const MISMATCH = "does not match the schema given to request()";
const THREW = "the schema given to request() threw";

/**
 * The `refine` step of `request()` for a Standard Schema, under the core's response policy:
 * success is the schema's output; otherwise `strict` fails the call with `response-validation`,
 * `tolerant` returns the parsed JSON and tells the paths as drift, `off` checks nothing.
 */
export function standardRefine<T>(schema: StandardSchemaV1<unknown, T>): (value: unknown, answer: AnswerParts, core: ClerkCore, context: HookContext) => Promise<Result<T, ClerkFnError>> {
  return async (data, answer, core, context) => {
    const policy = core.options.responseValidation ?? "tolerant";
    if (policy === "off") return ok(data as T);
    let issues: Issue[];
    try {
      const result = await schema["~standard"].validate(data);
      if (result.issues === undefined) return ok(result.value);
      issues = Array.isArray(result.issues) ? result.issues.map((issue) => ({ path: pathOf(issue?.path), message: MISMATCH })) : [{ path: [], message: MISMATCH }];
    } catch {
      // No cause kept: what a schema throws may quote the value it was checking.
      issues = [{ path: [], message: THREW }];
    }
    if (policy === "strict") return err(new ResponseValidationError({ ...answer, data, issues }));
    tellDrift(core, issues, context);
    return ok(data as T);
  };
}

/** A standard issue's path (keys, or `{ key }` segments) as an issue path. */
function pathOf(path: unknown): IssuePath {
  if (!Array.isArray(path)) return [];
  return path.map((segment: unknown) => {
    const key = typeof segment === "object" && segment !== null ? (segment as { key?: unknown }).key : segment;
    return typeof key === "number" ? key : String(key);
  });
}
