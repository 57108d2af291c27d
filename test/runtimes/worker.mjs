// workerd entry (bundled by run.ts as a Workers module, no nodejs_compat): one request runs the checks.
import { runChecks } from "./smoke.mjs";

export default {
  async fetch() {
    return new Response(JSON.stringify(await runChecks()), { headers: { "content-type": "application/json" } });
  },
};
