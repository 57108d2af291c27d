import type { ClerkCore } from "./core.js";
import type { Operation } from "./call.js";
import { ResponseValidationError, type ClerkFnError, type Issue } from "./errors.js";
import type { ClerkCoreOptions, HookContext } from "./options.js";
import { err, ok, type Result } from "./result.js";
import { conforms, expectedType, hasTopKind, inspect, isNew, jsonType, type SeenPaths } from "./schemas.js";
import { looseObject, number, type Shape } from "./shape.js";

/**
 * Turns a 2xx answer's text into the function's value under the core's response policy
 * (`tolerant` by default, see `ClerkCoreOptions.responseValidation`). `request` is the caller's
 * request object: with `paginated: true` an operation that takes the flag answers the
 * `{ data, total_count }` envelope instead of its bare list.
 */
export function decode<T>(
  core: ClerkCore,
  op: Operation<T>,
  request: Record<string, unknown>,
  response: Response,
  text: string,
  context: HookContext,
): Result<T, ClerkFnError> {
  const declared = op.response;
  if (declared === undefined) return ok(undefined as T);
  if (declared === "text") return ok(text as T);
  const policy: NonNullable<ClerkCoreOptions["responseValidation"]> = core.options.responseValidation ?? "tolerant";
  const base = { status: response.status, headers: response.headers, body: text };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // No cause kept: JSON.parse's message quotes the body it choked on.
    return err(new ResponseValidationError({ ...base, data: undefined, issues: [{ path: [], message: "body is not valid JSON" }] }));
  }
  if (policy === "off") return ok(data as T);
  const schema: Shape = op.paginated && request.paginated === true ? envelopeOf(op) : declared;
  const { hooks, debugLogger } = core.options;
  // Tolerant returns the answer as parsed whatever its children are; with nobody to tell the
  // drift to, walking them would change nothing a caller can see, so only the top is checked.
  if (policy === "tolerant" && !hooks?.onDrift && !debugLogger?.warn) return hasTopKind(schema, data) ? ok(data as T) : topKindError(schema, data, base);
  // Nearly every answer conforms: it is returned as parsed, and only a difference pays for the
  // walk that names it.
  if (conforms(schema, data)) return ok(data as T);
  if (policy === "strict") return err(new ResponseValidationError({ ...base, data, issues: inspect(schema, data) }));
  if (!hasTopKind(schema, data)) return topKindError(schema, data, base);
  reportDrift(core, inspect(schema, data, [], seenPaths(core, op.id)), context);
  return ok(data as T);
}

/** The one difference tolerant fails a call on: not even the documented JSON kind at the top. */
function topKindError(schema: Shape, data: unknown, base: { status: number; headers: Headers; body: string }): Result<never, ClerkFnError> {
  return err(new ResponseValidationError({ ...base, data, issues: [{ path: [], message: `expected ${expectedType(schema)}, received ${jsonType(data)}` }] }));
}

// Built once per operation, on the first `paginated: true` call: generated files stay
// declarations, and an app that never asks for the envelope never builds it.
const envelopes = /*#__PURE__*/ new WeakMap<object, Shape>();

/** The `{ data: <items of op.response>, total_count }` schema of an operation that takes `paginated`. */
export function envelopeOf(op: Operation<unknown>): Shape {
  let schema = envelopes.get(op);
  if (!schema) {
    schema = looseObject({ data: op.response as Shape, total_count: number });
    envelopes.set(op, schema);
  }
  return schema;
}

/** At most this many paths are remembered per operation and core, however bodies vary. */
const MAX_REMEMBERED = 256;
const reported = /*#__PURE__*/ new WeakMap<object, Map<string, SeenPaths>>();

/** The paths already told for this operation on this core (drift is told once per operation and path). */
function seenPaths(core: ClerkCore, operationId: string): SeenPaths {
  let byOperation = reported.get(core);
  if (!byOperation) reported.set(core, (byOperation = new Map()));
  let seen = byOperation.get(operationId);
  if (!seen) byOperation.set(operationId, (seen = { paths: new Set(), max: MAX_REMEMBERED }));
  return seen;
}

/**
 * Tells the issues of one answer at paths not told before for this operation and core, as
 * `decode` does for its own (list indices do not make a path new): `request()`'s Standard Schemas.
 */
export function tellDrift(core: ClerkCore, issues: readonly Issue[], context: HookContext): void {
  const seen = seenPaths(core, context.operationId);
  const fresh = issues.filter((issue) => isNew(seen, issue.path.map((key) => (typeof key === "number" ? "[]" : "." + key)).join("")));
  reportDrift(core, fresh, context);
}

/** Tells `hooks.onDrift` (else `debugLogger.warn`) about the differences of one answer not told before. */
function reportDrift(core: ClerkCore, fresh: readonly Issue[], context: HookContext): void {
  if (fresh.length === 0) return;
  const { hooks, debugLogger } = core.options;
  try {
    if (hooks?.onDrift) hooks.onDrift(fresh, context);
    else debugLogger?.warn?.(`clerk-fn: ${context.operationId} answered a shape that differs from the spec; returned as sent (tolerant)`, { issues: fresh });
  } catch (thrown) {
    // An observer that throws must not turn drift, which never fails a call, into a failure.
    debugLogger?.warn?.(`clerk-fn: the onDrift hook threw (${thrown instanceof Error ? thrown.name : typeof thrown}); the answer is returned`);
  }
}
