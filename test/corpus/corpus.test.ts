// Real answers, not the spec's examples: response bodies and webhook payloads from Clerk's own SDK
// tests and fixtures and Clerk's docs (each file in bodies/ names its repo, path and commit, and
// the function or event it answers). With a default ClerkCore every body must decode through its
// function, as sent. Under strict, every difference from the spec must be known: fixed in
// codegen/overlay.yml, or listed in known-drift.json with its evidence — and that list must be
// exact, so a fix in the spec or the overlay shows up as a stale entry to remove.
import { createHmac } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ClerkCore, type Issue } from "../../src/core/index.js";
import * as funcs from "../../src/funcs/index.js";
import { verifyWebhook } from "../../src/webhooks/index.js";

interface CorpusFile {
  readonly source: { readonly repo: string; readonly path: string; readonly commit: string; readonly where?: string };
  /** The function whose answer this is… */
  readonly answers?: string;
  /** …or the webhook event type it is a payload of. */
  readonly webhook?: string;
  /** The request that gets this answer (path params and required fields). */
  readonly request?: Record<string, unknown>;
  readonly status?: number;
  readonly body: unknown;
}

/** Per corpus body: why it differs from the spec, and each difference as "path: message". */
interface KnownDrift {
  readonly files: Readonly<Record<string, { readonly why: string; readonly issues: readonly string[] }>>;
}

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(join(here, "bodies"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => ({ name: f.replace(/\.json$/, ""), data: JSON.parse(readFileSync(join(here, "bodies", f), "utf8")) as CorpusFile }));
const knownDrift = JSON.parse(readFileSync(join(here, "known-drift.json"), "utf8")) as KnownDrift;

type Fn = (core: ClerkCore, request?: object) => Promise<{ ok: true; value: unknown } | { ok: false; error: { kind: string; issues?: readonly Issue[]; message: string } }>;

function functionOf(name: string): Fn {
  const table = funcs as unknown as Record<string, Fn | undefined>;
  const fn = table[name];
  if (!fn) throw new Error(`no function ${name}`);
  return fn;
}

function coreAnswering(file: CorpusFile, policy?: "strict"): ClerkCore {
  const body = JSON.stringify(file.body);
  return new ClerkCore({
    secretKey: "sk_test_corpus",
    retry: false,
    ...(policy ? { responseValidation: policy } : {}),
    fetch: async () => new Response(body, { status: file.status ?? 200, headers: { "content-type": "application/json" } }),
  });
}

const key = Buffer.alloc(32, 5);
const secret = `whsec_${key.toString("base64")}`;
const now = 1_760_000_000;

async function verifyEvent(body: unknown, strict: boolean): ReturnType<typeof verifyWebhook> {
  const payload = JSON.stringify(body);
  const signature = createHmac("sha256", key).update(`msg_corpus.${now}.${payload}`).digest("base64");
  const headers = { "svix-id": "msg_corpus", "svix-timestamp": String(now), "svix-signature": `v1,${signature}` };
  return verifyWebhook(payload, headers, { signingSecret: secret, now: () => now * 1000, strict });
}

/** The strict verdict of one file: its issues (empty when it conforms). */
async function strictIssues(file: CorpusFile): Promise<readonly Issue[]> {
  if (file.webhook !== undefined) {
    const result = await verifyEvent(file.body, true);
    if (result.ok) return [];
    if (result.error.reason !== "invalid-event") throw new Error(`${result.error.reason}: ${result.error.message}`);
    return result.error.issues;
  }
  const result = await functionOf(file.answers!)(coreAnswering(file, "strict"), file.request);
  if (result.ok) return [];
  if (result.error.kind !== "response-validation") throw new Error(`${result.error.kind}: ${result.error.message}`);
  return result.error.issues ?? [];
}

describe("the corpus of real answers", () => {
  it("is broad, and every file says where it comes from and what it answers", () => {
    expect(files.length).toBeGreaterThanOrEqual(80);
    for (const { name, data } of files) {
      expect(data.source.repo, name).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(data.source.path, name).toMatch(/\S/);
      expect(data.source.commit, name).toMatch(/^[0-9a-f]{40}$/);
      expect((data.answers === undefined) !== (data.webhook === undefined), `${name}: answers a function or is a webhook`).toBe(true);
      if (data.answers) expect(() => functionOf(data.answers!), name).not.toThrow();
    }
    const sources = new Set(files.map((f) => `${f.data.source.repo}/${f.data.source.path}`));
    expect(sources.size).toBeGreaterThanOrEqual(15);
    expect(new Set(files.map((f) => f.data.source.repo)).size).toBeGreaterThanOrEqual(3);
  });

  describe("every body decodes under the default policy, as sent", () => {
    for (const { name, data } of files) {
      it(name, async () => {
        if (data.webhook !== undefined) {
          const result = await verifyEvent(data.body, false);
          expect(result.ok ? "ok" : `${result.error.reason}: ${result.error.message}`).toBe("ok");
          if (result.ok) expect(result.value).toEqual(data.body);
          return;
        }
        const result = await functionOf(data.answers!)(coreAnswering(data), data.request);
        expect(result.ok ? "ok" : `${result.error.kind}: ${result.error.message}`).toBe("ok");
        if (result.ok) expect(result.value).toEqual(data.body);
      });
    }
  });

  it("under strict, every difference is fixed in the overlay or listed as known drift — and the list is exact", async () => {
    const found: string[] = [];
    for (const { name, data } of files) {
      for (const issue of await strictIssues(data)) found.push(`${name} | ${issue.path.join(".")}: ${issue.message}`);
    }
    const listed = Object.entries(knownDrift.files).flatMap(([name, entry]) => entry.issues.map((issue) => `${name} | ${issue}`));
    for (const [name, entry] of Object.entries(knownDrift.files)) {
      expect(entry.why.length, `${name}: why`).toBeGreaterThan(20);
      expect(files.some((f) => f.name === name), `${name} is a corpus body`).toBe(true);
    }
    expect({ unlisted: found.filter((f) => !listed.includes(f)), stale: listed.filter((l) => !found.includes(l)) }).toEqual({ unlisted: [], stale: [] });
  });
});
