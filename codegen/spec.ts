// Finds the pinned Clerk specs: ../shared/openapi beside the repo (this workplace), or a
// git-ignored cache filled from the pinned upstream commit (a user's fresh clone). The sha256
// is checked either way, so generated output always comes from exactly these bytes.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const ROOT: string = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const COMMIT = "7987d1b776258d5ddd9163e1a03d256b5ac4d64a";

export interface PinnedSpec {
  readonly file: string;
  readonly upstreamPath: string;
  readonly sha256: string;
}

export const BAPI: PinnedSpec = {
  file: "bapi-2026-05-12.yml",
  upstreamPath: "bapi/2026-05-12.yml",
  sha256: "75df3a43fcb2d9fc4467a23c717714f5228aa3267b0930ba34612728365fd8f2",
};
export const WEBHOOKS: PinnedSpec = {
  file: "webhooks-2025-04-15.yml",
  upstreamPath: "webhooks/2025-04-15.yml",
  sha256: "92f60e4e81612b088aba4e71cbb4dbc8372f3a5d9bf70c3daba17145aa42f93f",
};

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

/** The directory holding the shared specs, or undefined outside this workplace. */
export function sharedOpenapiDir(): string | undefined {
  const dir = process.env.CLERK_FN_OPENAPI_DIR ?? join(ROOT, "..", "shared", "openapi");
  return existsSync(dir) ? dir : undefined;
}

/** Path to a pinned spec on disk, downloading it into `.cache/` when ../shared is absent. */
export async function specPath(spec: PinnedSpec): Promise<string> {
  const dir = sharedOpenapiDir();
  if (dir && existsSync(join(dir, spec.file))) {
    const path = join(dir, spec.file);
    const text = readFileSync(path, "utf8");
    if (sha256(text) !== spec.sha256) {
      throw new Error(`${path}: sha256 ${sha256(text)} is not the pinned ${spec.sha256}`);
    }
    return path;
  }
  const cached = join(ROOT, ".cache", "openapi", spec.file);
  if (existsSync(cached) && sha256(readFileSync(cached, "utf8")) === spec.sha256) return cached;
  const url = `https://raw.githubusercontent.com/clerk/openapi-specs/${COMMIT}/${spec.upstreamPath}`;
  // No `cause`: the message already names the underlying code, and a printed cause chain would bury the advice.
  const res = await fetch(url).catch((error: unknown) => {
    throw new Error(offlineHelp(spec, url, cached, `it could not be reached (${describeFetchFailure(error)})`));
  });
  if (!res.ok) throw new Error(offlineHelp(spec, url, cached, `it answered ${res.status} ${res.statusText}`.trim()));
  const text = await res.text();
  if (sha256(text) !== spec.sha256) throw new Error(`${url}: sha256 mismatch`);
  mkdirSync(dirname(cached), { recursive: true });
  writeFileSync(cached, text);
  return cached;
}

/** What to do when the pinned spec is neither beside the repo nor cached and cannot be downloaded. */
function offlineHelp(spec: PinnedSpec, url: string, cached: string, why: string): string {
  return [
    `The pinned Clerk spec ${spec.file} is needed and is not on this machine; downloading it from ${url} failed: ${why}.`,
    `To work offline, put that file (sha256 ${spec.sha256}) at ${cached},`,
    `or set CLERK_FN_OPENAPI_DIR to a directory that holds it, then run the command again.`,
  ].join("\n");
}

/** fetch's own message is "fetch failed"; the useful part (ENOTFOUND host, ECONNREFUSED) is its cause. */
function describeFetchFailure(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    parts.push(typeof code === "string" && !e.message.includes(code) ? `${e.message} [${code}]` : e.message);
  }
  return parts.length > 0 ? parts.join(": ") : String(error);
}

/** Parse a pinned spec (YAML) into plain objects. */
export async function loadSpec(spec: PinnedSpec, override?: string): Promise<any> {
  const path = override ?? (await specPath(spec));
  return parse(readFileSync(path, "utf8"), { maxAliasCount: -1 });
}
