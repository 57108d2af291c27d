// The script every runtime of the matrix runs (see run.ts): the built package (dist/, through the
// package's own `exports` map), on web globals only — fetch, Request/Response, FormData, Blob,
// crypto.subtle, TextEncoder, AbortSignal, timers. No Node built-ins, nothing runtime-specific.
// Each check records ok/detail instead of throwing, so one failure does not hide the others.
import { ClerkCore } from "clerk-fn/core";
import { usersList } from "clerk-fn/funcs/usersList";
import { usersCreate } from "clerk-fn/funcs/usersCreate";
import { usersSetProfileImage } from "clerk-fn/funcs/usersSetProfileImage";
import { usersDelete } from "clerk-fn/funcs/usersDelete";
import { usersGet } from "clerk-fn/funcs/usersGet";
import { authenticateRequest, verifyToken } from "clerk-fn/auth";
import { createWebhookHeaders, verifyWebhook } from "clerk-fn/webhooks";
import { createClerkEmulator } from "clerk-fn/testing";

const SECRET_KEY = "sk_test_runtimeMatrix0123456789";
const WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
// The 8-byte PNG signature and an IHDR start: enough to be recognisably an image upload.
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/** Which runtime this is, as the runtime itself says. */
export function runtimeInfo() {
  const g = /** @type {any} */ (globalThis);
  if (typeof g.Bun !== "undefined") return { name: "bun", version: String(g.Bun.version) };
  if (typeof g.Deno !== "undefined") return { name: "deno", version: String(g.Deno.version.deno) };
  if (typeof g.EdgeRuntime === "string") return { name: "edge-runtime", version: g.EdgeRuntime };
  if (g.navigator?.userAgent === "Cloudflare-Workers") return { name: "workerd", version: "Cloudflare-Workers" };
  if (typeof g.process?.versions?.node === "string") return { name: "node", version: g.process.versions.node };
  return { name: "unknown", version: String(g.navigator?.userAgent) };
}

/** Runs every check; resolves to `{ runtime, version, checks: [{ name, ok, detail }] }`. */
export async function runChecks() {
  const checks = [];
  const check = async (name, fn) => {
    try {
      const detail = await fn();
      checks.push({ name, ok: true, detail: detail ?? "" });
    } catch (error) {
      checks.push({ name, ok: false, detail: describe(error) });
    }
  };

  const emulator = createClerkEmulator();
  const core = new ClerkCore({ secretKey: SECRET_KEY, fetch: emulator.fetch });
  let userId;

  await check("usersCreate (POST, JSON body)", async () => {
    const res = await usersCreate(core, {
      email_address: ["ada@example.com"],
      first_name: "Ada",
      last_name: "Lovelace",
      public_metadata: { plan: "pro" },
    });
    const user = value(res);
    expect(typeof user.id === "string" && user.id.startsWith("user_"), `id ${user.id}`);
    expect(user.first_name === "Ada", `first_name ${user.first_name}`);
    expect(user.email_addresses[0]?.email_address === "ada@example.com", "email address kept");
    expect(user.public_metadata?.plan === "pro", "public_metadata kept");
    const sent = emulator.requests.at(-1);
    expect(sent?.route === "POST /users" && sent.body?.first_name === "Ada", `sent ${JSON.stringify(sent)}`);
    userId = user.id;
    return user.id;
  });

  await check("usersList (GET, array query)", async () => {
    const res = await usersList(core, { email_address: ["ada@example.com"], limit: 10, order_by: "-created_at" });
    const users = value(res);
    expect(Array.isArray(users) && users.length === 1, `${users.length} users`);
    expect(users[0].id === userId, "the created user");
    return `${users.length} user`;
  });

  await check("usersSetProfileImage (multipart, Blob)", async () => {
    const file = new Blob([PNG], { type: "image/png" });
    const res = await usersSetProfileImage(core, { user_id: userId, file });
    const user = value(res);
    expect(user.id === userId, "same user");
    expect(user.has_image === true, `has_image ${user.has_image}`);
    expect(typeof user.image_url === "string" && user.image_url.length > 0, "image_url set");
    // What went over the wire: a multipart body whose `file` part is the 16 bytes, as image/png.
    const sent = emulator.requests.at(-1)?.body;
    const part = sent instanceof FormData ? sent.get("file") : undefined;
    expect(part instanceof Blob, `file part: ${Object.prototype.toString.call(part)}`);
    const bytes = new Uint8Array(await part.arrayBuffer());
    expect(bytes.length === PNG.length && bytes.every((b, i) => b === PNG[i]), `file bytes: ${bytes.length}`);
    expect(part.type === "image/png", `file type: ${part.type}`);
    return user.image_url;
  });

  await check("usersDelete (DELETE) then usersGet → 404", async () => {
    const deleted = value(await usersDelete(core, { user_id: userId }));
    expect(deleted.deleted === true && deleted.id === userId, JSON.stringify(deleted));
    const gone = await usersGet(core, { user_id: userId });
    expect(!gone.ok && gone.error.kind === "api" && gone.error.status === 404, `usersGet after delete: ${summary(gone)}`);
    expect(gone.error.errors[0]?.code === "resource_not_found", `code ${gone.error.errors[0]?.code}`);
    return "deleted, then 404 resource_not_found";
  });

  await check("authenticateRequest (emulator session token, JWKS)", async () => {
    const user = value(await usersCreate(core, { email_address: ["grace@example.com"] }));
    const token = await emulator.createSessionToken({ userId: user.id, azp: "https://app.example.com" });
    const request = new Request("https://app.example.com/dashboard", { headers: { authorization: `Bearer ${token}` } });
    const state = await authenticateRequest(core, request, { authorizedParties: ["https://app.example.com"] });
    expect(state.status === "signed-in", `${state.status}: ${state.reason} ${state.message}`);
    expect(state.toAuth().userId === user.id, `userId ${state.toAuth().userId}`);
    return `signed-in as ${user.id}`;
  });

  await check("authenticateRequest (networkless jwtKey, inline WebCrypto RS256)", async () => {
    const { privateKey, publicKey } = await crypto.subtle.generateKey(
      { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
      true,
      ["sign", "verify"],
    );
    const spki = new Uint8Array(await crypto.subtle.exportKey("spki", publicKey));
    const jwtKey = `-----BEGIN PUBLIC KEY-----\n${base64(spki)}\n-----END PUBLIC KEY-----`;
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: "user_edge", sid: "sess_edge", azp: "https://app.example.com", iat: now - 5, nbf: now - 5, exp: now + 60, v: 2 };
    const token = await signRs256(privateKey, { alg: "RS256", typ: "JWT", kid: "ins_runtime" }, claims);
    // No core fetch at all: a request here would be a failure.
    const offline = new ClerkCore({ fetch: () => Promise.reject(new Error("networkless verification sent a request")) });
    const cookie = `__session=${token}; __client_uat=${now - 10}`;
    const state = await authenticateRequest(offline, new Request("https://app.example.com/", { headers: { cookie } }), {
      jwtKey,
      authorizedParties: ["https://app.example.com"],
    });
    expect(state.status === "signed-in", `${state.status}: ${state.reason} ${state.message}`);
    expect(state.payload.sub === "user_edge", `sub ${state.payload.sub}`);
    const expired = await signRs256(privateKey, { alg: "RS256", typ: "JWT" }, { ...claims, exp: now - 3600, iat: now - 7200, nbf: now - 7200 });
    const res = await verifyToken(offline, expired, { jwtKey });
    expect(!res.ok && res.error.reason === "token-expired", `expired token: ${res.ok ? "accepted" : res.error.reason}`);
    return "cookie session signed-in; expired token → token-expired";
  });

  await check("verifyWebhook (Svix HMAC-SHA256)", async () => {
    const payload = JSON.stringify({
      type: "user.deleted",
      object: "event",
      timestamp: Date.now(),
      data: { object: "user", id: "user_gone", deleted: true },
      instance_id: "ins_runtime",
    });
    const headers = value(await createWebhookHeaders(payload, { signingSecret: WEBHOOK_SECRET }));
    const res = await verifyWebhook(payload, new Headers(headers), { signingSecret: WEBHOOK_SECRET });
    expect(res.ok, `verify: ${res.ok ? "" : `${res.error.reason} ${res.error.message}`}`);
    expect(res.value.type === "user.deleted" && res.value.data.id === "user_gone", "event parsed");
    const tampered = await verifyWebhook(payload.replace("user_gone", "user_evil"), headers, { signingSecret: WEBHOOK_SECRET });
    expect(!tampered.ok && tampered.error.reason === "no-matching-signature", `tampered: ${tampered.ok ? "accepted" : tampered.error.reason}`);
    return "valid accepted, tampered → no-matching-signature";
  });

  await check("verifyWebhook (an emulator event, signed by the emulator)", async () => {
    const event = emulator.events.find((e) => e.type === "user.created");
    expect(event !== undefined, `events: ${emulator.events.map((e) => e.type).join(", ")}`);
    const { payload, headers } = await emulator.signWebhook(event);
    const res = await verifyWebhook(new TextEncoder().encode(payload), headers, { signingSecret: emulator.webhookSigningSecret });
    expect(res.ok, `verify: ${res.ok ? "" : `${res.error.reason} ${res.error.message}`}`);
    expect(res.value.type === "user.created" && res.value.data.email_addresses?.[0]?.email_address === "ada@example.com", "event parsed");
    return `${res.value.type} ${res.value.data.id}`;
  });

  await check("429 → api error with retryAfterMs", async () => {
    let calls = 0;
    const limited = new ClerkCore({
      secretKey: SECRET_KEY,
      retry: false,
      fetch: async () => {
        calls++;
        const body = { errors: [{ code: "too_many_requests", message: "Too many requests", long_message: "Slow down." }], clerk_trace_id: "trace_1" };
        return new Response(JSON.stringify(body), { status: 429, headers: { "content-type": "application/json", "retry-after": "7" } });
      },
    });
    const res = await usersList(limited, { limit: 1 });
    expect(!res.ok && res.error.kind === "api", summary(res));
    expect(res.error.status === 429 && res.error.retryAfterMs === 7000, `status ${res.error.status} retryAfterMs ${res.error.retryAfterMs}`);
    expect(res.error.errors[0]?.code === "too_many_requests" && calls === 1, `code ${res.error.errors[0]?.code}, ${calls} calls`);
    expect(res.error instanceof Error, "an Error subclass");
    return "status 429, retryAfterMs 7000";
  });

  await check("timeout → timeout error", async () => {
    const hanging = new ClerkCore({
      secretKey: SECRET_KEY,
      retry: false,
      timeoutMs: 50,
      fetch: (input, init) =>
        new Promise((_, reject) => {
          const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
          signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
        }),
    });
    const started = Date.now();
    const res = await usersList(hanging, {});
    expect(!res.ok && res.error.kind === "timeout", summary(res));
    const elapsed = Date.now() - started;
    expect(elapsed < 5000, `took ${elapsed} ms`);
    return `after ${elapsed} ms`;
  });

  return { ...runtimeInfo(), checks };
}

function value(res) {
  if (!res.ok) throw new Error(`expected ok, got ${summary(res)}`);
  return res.value;
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

function summary(res) {
  if (res.ok) return "ok";
  const e = res.error;
  return `${e.kind}${e.status ? ` ${e.status}` : ""}: ${e.message}`;
}

function describe(error) {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

function base64(bytes) {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function base64url(bytes) {
  return base64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

async function signRs256(privateKey, header, payload) {
  const encode = (part) => base64url(new TextEncoder().encode(JSON.stringify(part)));
  const input = `${encode(header)}.${encode(payload)}`;
  const signature = await crypto.subtle.sign("RSASSA-PKCS1-v1_5", privateKey, new TextEncoder().encode(input));
  return `${input}.${base64url(new Uint8Array(signature))}`;
}
