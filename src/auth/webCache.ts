import type { JwksStore } from "./types.js";

/** The part of the Web Cache API (`Cache`) the JWKS store uses. */
export interface WebCacheLike {
  match(request: Request): Promise<Response | undefined>;
  put(request: Request, response: Response): Promise<void>;
}

/**
 * A `jwksCache` store on the Web Cache API, e.g. `caches.default` in Cloudflare Workers or
 * `await caches.open("clerk-jwks")` in Deno and browsers: a fresh isolate of the same data centre
 * finds the instance's public keys there instead of calling `GET /jwks`. Entries carry
 * `Cache-Control: max-age` = the JWKS TTL (1 hour); clerk-fn also checks the age it stored.
 * The URLs are synthetic (`https://jwks.clerk-fn.invalid/…`) and name no secret.
 */
export function jwksWebCache(cache: WebCacheLike | Promise<WebCacheLike>): JwksStore {
  const url = (key: string): Request => new Request(`https://jwks.clerk-fn.invalid/${encodeURIComponent(key)}`);
  return {
    async get(key) {
      const response = await (await cache).match(url(key));
      return response ? await response.text() : undefined;
    },
    async set(key, value, ttlMs) {
      const headers = { "Content-Type": "application/json", "Cache-Control": `max-age=${Math.floor(ttlMs / 1000)}` };
      await (await cache).put(url(key), new Response(value, { headers }));
    },
  };
}
