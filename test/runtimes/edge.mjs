// Vercel edge-runtime entry (bundled by run.ts into one script, as Next.js does for edge routes):
// a fetch event listener runs the checks.
import { runChecks } from "./smoke.mjs";

addEventListener("fetch", (event) => {
  event.respondWith(
    runChecks().then((result) => new Response(JSON.stringify(result), { headers: { "content-type": "application/json" } })),
  );
});
