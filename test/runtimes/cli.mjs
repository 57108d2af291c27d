// Node, Bun and Deno entry: imports dist/ through the package's exports map (node_modules/clerk-fn
// is a link to the repo root, made by run.ts) and prints one JSON line of check results.
import { runChecks } from "./smoke.mjs";

console.log(JSON.stringify(await runChecks()));
