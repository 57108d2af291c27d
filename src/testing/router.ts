// Routes are declared as `"METHOD /path/{param}"` keys, the notation of the API reference, so a
// handler can be found from the operation it implements and users override routes the same way.
import type { Body, Query } from "./http.js";
import type { Env } from "./store.js";

/** What a route handler gets. */
export interface RouteContext {
  readonly env: Env;
  /** A path parameter by name (always present: the route matched). */
  readonly param: (name: string) => string;
  readonly query: Query;
  /** The JSON object body (empty when the body was not an object). */
  readonly body: Body;
  /** The body as it came: parsed JSON, a FormData for uploads, or `undefined`. */
  readonly raw: unknown;
  /** The request's `Authorization` header (M2M routes tell a machine's key from the instance's). */
  readonly authorization: string | null;
}

/** A non-200 answer from a route handler; any other return value is a 200 JSON body. */
export class Reply {
  constructor(
    readonly status: number,
    readonly body?: unknown,
  ) {}
}

/** Answers a request: a JSON body (200), a `Reply`, or a promise of either; throws `ApiFailure` to refuse. */
export type RouteHandler = (ctx: RouteContext) => unknown;
/** Handlers by `"METHOD /path/{param}"`. */
export type Routes = Readonly<Record<string, RouteHandler>>;

/** A route key split for matching. */
export interface CompiledRoute<H> {
  readonly key: string;
  readonly method: string;
  readonly segments: readonly string[];
  readonly handler: H;
}

/** Splits route keys once, so matching a request is a walk over segments. */
export function compileRoutes<H>(routes: Readonly<Record<string, H>>): CompiledRoute<H>[] {
  return Object.entries(routes).map(([key, handler]) => {
    const [method = "", path = ""] = key.trim().split(/\s+/, 2);
    return { key, method: method.toUpperCase(), segments: path.split("/").filter(Boolean), handler };
  });
}

/**
 * The route for a request. Literal segments beat parameters, so `/users/count` is not taken for
 * `/users/{user_id}` and `/invitations/pending` not for `/invitations/{invitation_id}`.
 */
export function matchRoute<H>(
  routes: readonly CompiledRoute<H>[],
  method: string,
  path: string,
): { route: CompiledRoute<H>; params: Record<string, string> } | undefined {
  const parts = path.split("/").filter(Boolean);
  let best: { route: CompiledRoute<H>; params: Record<string, string>; literals: number } | undefined;
  for (const route of routes) {
    if (route.method !== method || route.segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    let ok = true;
    route.segments.forEach((segment, i) => {
      const part = parts[i]!;
      if (segment.startsWith("{") && segment.endsWith("}")) params[segment.slice(1, -1)] = safeDecode(part);
      else if (segment === part) literals++;
      else ok = false;
    });
    if (ok && (!best || literals > best.literals)) best = { route, params, literals };
  }
  return best && { route: best.route, params: best.params };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
