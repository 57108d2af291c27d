import type { ClerkCore } from "../../src/core/index.js";
import { authenticateRequest, handshake } from "../../src/auth/index.js";

/** Wraps a page handler: who the browser is, through Clerk's handshake when its cookies are stale. */
export function withClerk(
  core: ClerkCore,
  publishableKey: string,
  page: (request: Request, userId: string | null) => Response | Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const state = await authenticateRequest(core, request, { publishableKey, handshake });
    // To Clerk's Frontend API and back; in development a resolved handshake also cleans the URL.
    if (state.status === "handshake") return new Response(null, { status: 307, headers: state.headers });
    if (state.headers?.has("location")) return new Response(null, { status: 307, headers: state.headers });
    const auth = state.toAuth();
    const answer = await page(request, auth.tokenType === "session_token" ? auth.userId : null);
    // Fresh cookies (a resolved handshake, a refreshed session) go out with the page.
    const response = new Response(answer.body, answer);
    for (const cookie of state.headers?.getSetCookie() ?? []) response.headers.append("Set-Cookie", cookie);
    return response;
  };
}
