// Runs the workerd bundle (argv[2]) in Cloudflare's workerd through miniflare's API and prints the
// worker's JSON line, with the workerd and miniflare versions. Run by Node 24 from run.ts.
import { readFileSync } from "node:fs";
import { Miniflare } from "miniflare";

const version = (name) => JSON.parse(readFileSync(new URL(`./node_modules/${name}/package.json`, import.meta.url), "utf8")).version;

const mf = new Miniflare({
  // The bundle lives in a temp dir: handed over as contents, so no module path leaves the root.
  modules: [{ type: "ESModule", path: "worker.mjs", contents: readFileSync(process.argv[2], "utf8") }],
  // Web-standard APIs only: no nodejs_compat flag, a fixed date so results do not drift.
  compatibilityDate: "2026-07-01",
  log: undefined,
});
try {
  const response = await mf.dispatchFetch("http://localhost/");
  const result = await response.json();
  result.version = `${version("workerd")} (miniflare ${version("miniflare")})`;
  console.log(JSON.stringify(result));
} finally {
  await mf.dispose();
}
