// A clone without the shared specs beside it downloads the pinned spec into .cache/openapi. When
// that download cannot happen (offline, a proxy answering 403), the error must say what to do,
// not surface fetch's bare "TypeError: fetch failed". A made-up spec name is used so neither the
// shared directory nor the cache can answer and the download path is always taken.
import { createServer } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { specPath, type PinnedSpec } from "../../codegen/spec.js";

const MISSING: PinnedSpec = { file: "offline-probe-0000.yml", upstreamPath: "bapi/offline-probe-0000.yml", sha256: "0".repeat(64) };
const realFetch = globalThis.fetch;

/** A loopback port with nothing listening: a real connection refusal, no internet involved. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function failure(): Promise<Error> {
  const outcome = await specPath(MISSING).then(
    (path) => new Error(`unexpectedly resolved to ${path}`),
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(Error);
  return outcome as Error;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the pinned spec cannot be downloaded", () => {
  it("offline (DNS failure): names the file, the cause code and the two ways to work offline", async () => {
    const dns = Object.assign(new Error("getaddrinfo ENOTFOUND raw.githubusercontent.com"), { code: "ENOTFOUND" });
    const fetched: string[] = [];
    vi.stubGlobal("fetch", (url: string) => {
      fetched.push(url);
      return Promise.reject(new TypeError("fetch failed", { cause: dns }));
    });
    const error = await failure();
    expect(fetched).toEqual([`https://raw.githubusercontent.com/clerk/openapi-specs/7987d1b776258d5ddd9163e1a03d256b5ac4d64a/${MISSING.upstreamPath}`]);
    expect(error.message).toContain("offline-probe-0000.yml");
    expect(error.message).toContain("ENOTFOUND raw.githubusercontent.com");
    expect(error.message).toMatch(/To work offline, put that file \(sha256 0{64}\) at .*\.cache\/openapi\/offline-probe-0000\.yml/);
    expect(error.message).toContain("CLERK_FN_OPENAPI_DIR");
    expect(error.message).not.toMatch(/^TypeError/);
  });

  it("a real refused connection (loopback, nothing listening) gives the same advice with ECONNREFUSED", async () => {
    const port = await closedPort();
    vi.stubGlobal("fetch", () => realFetch(`http://127.0.0.1:${port}/spec.yml`));
    const error = await failure();
    expect(error.message).toContain("could not be reached");
    expect(error.message).toContain("ECONNREFUSED");
    expect(error.message).toContain("To work offline");
  });

  it("an HTTP failure (a proxy answering 403) says the status and how to work offline", async () => {
    vi.stubGlobal("fetch", () => Promise.resolve(new Response("denied", { status: 403, statusText: "Forbidden" })));
    const error = await failure();
    expect(error.message).toContain("it answered 403 Forbidden");
    expect(error.message).toContain("To work offline");
  });
});
