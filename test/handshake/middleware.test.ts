// End to end, offline: a fetch-style middleware (the README's) in front of a page, a browser with a
// cookie jar, the emulator as Backend API and, for the Frontend API's part, startBrowserSession.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ClerkCore } from "../../src/core/index.js";
import { createClerkEmulator } from "../../src/testing/index.js";
import { withClerk } from "./middleware.js";

const ORIGIN = "https://app.example.com";
const START = Date.UTC(2026, 0, 15, 12, 0, 0);

/** A browser's cookie jar: applies Set-Cookie directives, sends `name=value` pairs back. */
class Jar {
  readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const directive of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = directive.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(eq + 1).trim());
    }
  }
  header(): string {
    return [...this.cookies].map(([n, v]) => `${n}=${v}`).join("; ");
  }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.useRealTimers();
});

describe("a fetch-style middleware on the emulator (offline browser flow)", () => {
  it("redirects a new browser through the handshake, signs it in on return, then refreshes its expired token", async () => {
    const emulator = createClerkEmulator({ users: [{ id: "user_ada", email_address: ["ada@example.com"] }] });
    const core = new ClerkCore({ secretKey: emulator.secretKey, fetch: emulator.fetch });
    const app = withClerk(core, emulator.publishableKey, (_request, userId) => new Response(userId ? `hello ${userId}` : "signed out"));
    const jar = new Jar();
    const visit = async (url: string): Promise<Response> => {
      const response = await app(new Request(url, { headers: { cookie: jar.header(), "sec-fetch-dest": "document", accept: "text/html" } }));
      jar.take(response);
      return response;
    };

    // 1. First visit on a development instance: no dev-browser cookie, so off to the Frontend API.
    const first = await visit(`${ORIGIN}/dashboard`);
    expect(first.status).toBe(307);
    const toFapi = new URL(first.headers.get("location")!);
    expect(`${toFapi.origin}${toFapi.pathname}`).toBe(`${new URL(emulator.issuer).origin}/v1/client/handshake`);
    expect(toFapi.searchParams.get("__clerk_hs_reason")).toBe("dev-browser-missing");
    expect(toFapi.searchParams.get("redirect_url")).toBe(`${ORIGIN}/dashboard`);
    expect(first.headers.get("cache-control")).toBe("no-store");

    // 2. The Frontend API signs the browser in and sends it back with a nonce (in the URL on development).
    const browser = await emulator.startBrowserSession({ userId: "user_ada", publishableKey: emulator.publishableKey, azp: ORIGIN });
    const back = new URL(toFapi.searchParams.get("redirect_url")!);
    back.searchParams.set("__clerk_handshake_nonce", browser.nonce);
    const returning = await visit(back.toString());
    expect(returning.status).toBe(307);
    expect(returning.headers.get("location")).toBe(`${ORIGIN}/dashboard`);
    expect(jar.cookies.get("__session")).toBeTruthy();
    expect(jar.cookies.has("__clerk_db_jwt")).toBe(true);
    expect(emulator.requests.filter((r) => r.path === "/clients/handshake_payload")).toHaveLength(1);

    // 3. Signed in from the cookies.
    const page = await visit(`${ORIGIN}/dashboard`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe("hello user_ada");

    // 4. Two minutes later the 60 s token has expired: refreshed with the refresh cookie, no redirect.
    const oldToken = jar.cookies.get("__session");
    vi.setSystemTime(START + 120_000);
    const later = await visit(`${ORIGIN}/dashboard`);
    expect(later.status).toBe(200);
    expect(await later.text()).toBe("hello user_ada");
    expect(emulator.requests.filter((r) => r.method === "POST" && r.path === `/sessions/${browser.sessionId}/refresh`)).toHaveLength(1);
    expect(jar.cookies.get("__session")).not.toBe(oldToken);

    // 5. A nonce is good once: replaying it leaves the browser signed out of that handshake.
    const replay = await app(new Request(`${ORIGIN}/dashboard?__clerk_handshake_nonce=${browser.nonce}`, { headers: { "sec-fetch-dest": "document" } }));
    expect(replay.status).toBe(307);
    expect(replay.headers.getSetCookie().some((c) => c.startsWith("__session"))).toBe(false);
  });

  it("signs the browser out and hands it back to the handshake once its session is revoked", async () => {
    const emulator = createClerkEmulator({ users: [{ id: "user_bob", email_address: ["bob@example.com"] }] });
    const core = new ClerkCore({ secretKey: emulator.secretKey, fetch: emulator.fetch });
    const browser = await emulator.startBrowserSession({ userId: "user_bob", publishableKey: emulator.publishableKey });
    const jar = new Jar();
    jar.take(new Response(null, { headers: browser.directives.map((d) => ["Set-Cookie", d] as [string, string]) }));
    await core.fetch(`${core.serverURL}/sessions/${browser.sessionId}/revoke`, { method: "POST", headers: { authorization: `Bearer ${emulator.secretKey}` } });
    vi.setSystemTime(START + 120_000);
    const app = withClerk(core, emulator.publishableKey, (_r, userId) => new Response(String(userId)));
    const response = await app(new Request(`${ORIGIN}/`, { headers: { cookie: jar.header(), "sec-fetch-dest": "document" } }));
    // The refresh is refused (401), so Clerk's rule sends the browser to the Frontend API.
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!).searchParams.get("__clerk_hs_reason")).toBe("session-token-expired-refresh-authentication_invalid");
  });

  it("is the README's example, word for word", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("## Browser sessions (handshake)"));
    const example = readFileSync(new URL("./middleware.ts", import.meta.url), "utf8")
      .replace('import type { ClerkCore } from "../../src/core/index.js";', 'import type { ClerkCore } from "clerk-fn/core";')
      .replace('from "../../src/auth/index.js"', 'from "clerk-fn/auth"');
    expect(section).toContain("```ts\n" + example + "```");
  });
});
