import { safeParse } from "valibot";
import type { ClerkCore } from "./core.js";
import type { Operation } from "./call.js";
import { ResponseValidationError, type ClerkFnError, type Issue } from "./errors.js";
import type { HookContext } from "./options.js";
import { err, ok, type Result } from "./result.js";
import { conforms, type SchemaNode } from "./schemas.js";

/**
 * Turns a 2xx answer's text into the function's value under the core's response policy.
 * `request` is the caller's request object (for request-dependent shapes such as `paginated`).
 */
export function decode<T>(
  core: ClerkCore,
  op: Operation<T>,
  request: Record<string, unknown>,
  response: Response,
  text: string,
  context: HookContext,
): Result<T, ClerkFnError> {
  void request;
  void context;
  const schema = op.response;
  if (schema === undefined) return ok(undefined as T);
  if (schema === "text") return ok(text as T);
  const base = { status: response.status, headers: response.headers, body: text };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return err(new ResponseValidationError({ ...base, data: undefined, issues: [{ path: [], message: "body is not valid JSON" }] }));
  }
  // Nearly every answer conforms: return the parsed JSON as it is. Only a failure pays for
  // safeParse, which says what is wrong.
  if (conforms(schema as unknown as SchemaNode, data)) return ok(data as T);
  const parsed = safeParse(schema, data);
  if (parsed.success) return ok(parsed.output);
  const issues: Issue[] = parsed.issues.map((i) => ({
    path: (i.path ?? []).map((p) => p.key as string | number),
    message: i.message,
  }));
  if (core.options.responseValidation === "lax") {
    core.options.debugLogger?.warn?.(`clerk-fn: ${op.id} response does not match its schema; returned as is (lax)`, { issues });
    return ok(data as T);
  }
  return err(new ResponseValidationError({ ...base, data, issues }));
}
