// Runs the edge bundle (argv[2]) in Vercel's edge-runtime (Edge primitives in a Node vm context,
// what `next dev` and `vercel dev` use) and prints its JSON line. Run by Node 24 from run.ts.
import { readFileSync } from "node:fs";
import { EdgeRuntime } from "edge-runtime";

const { version } = JSON.parse(readFileSync(new URL("./node_modules/edge-runtime/package.json", import.meta.url), "utf8"));
const runtime = new EdgeRuntime({ initialCode: readFileSync(process.argv[2], "utf8") });
const response = await runtime.dispatchFetch("http://localhost/");
const result = await response.json();
result.version = `${version} (on Node ${process.versions.node})`;
console.log(JSON.stringify(result));
