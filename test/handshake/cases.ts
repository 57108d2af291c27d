// Generated browser requests for the differential suite: every dimension Clerk's cookie-path rules
// read (cookies present, absent or stale and their naming, __client_uat, dev browser, returning
// handshakes in both forms, refresh cookies and refresh answers, query parameters, Referer,
// Sec-Fetch-*, forwarded headers, redirect-loop counter), on development and production keys,
// primary and satellite apps, with and without proxyUrl. A seeded PRNG keeps the set reproducible.
import { seededBytes } from "../../src/testing/ids.js";
import type { ApiScript, FlowOptions, Instance, RefreshMode, TestKey } from "./harness.js";
import { CATEGORY_TEMPLATE, NOW_S, signWith } from "./harness.js";

export type TokenKind = "none" | "valid" | "expired" | "nbf-future" | "iat-future" | "bad-signature" | "template" | "garbage" | "no-sid-expired";
/** `foreign`: the plain cookies are another app's on the same domain; `downgrade`: suffixed say signed out, plain signed in. */
export type Naming = "plain" | "suffixed" | "both" | "foreign" | "downgrade";
export type Uat = "none" | "0" | "before-iat" | "after-iat" | "junk";
export type DevBrowser = "none" | "cookie" | "query";
export type Returning = "none" | "nonce" | "nonce-unknown" | "nonce-signed-out" | "token" | "token-bad-signature" | "token-template";
export type Dest = "document" | "iframe" | "html-accept" | "empty" | "none" | "post-document" | "head-document";
export type App = "primary" | "satellite" | "satellite-misconfigured";
export type Proxy = "none" | "absolute" | "relative";
export type Referer = "none" | "same" | "cross" | "fapi" | "accounts" | "dev-portal" | "junk";
export type Query = "none" | "synced-false" | "synced-true" | "redirect-url" | "other";

export interface Case {
  readonly id: number;
  readonly instance: "dev" | "prod";
  readonly app: App;
  readonly proxy: Proxy;
  readonly autoSync: boolean | undefined;
  readonly dest: Dest;
  readonly token: TokenKind;
  readonly naming: Naming;
  readonly uat: Uat;
  readonly devBrowser: DevBrowser;
  readonly refreshCookie: boolean;
  readonly refresh: RefreshMode;
  readonly returning: Returning;
  readonly referer: Referer;
  readonly query: Query;
  readonly redirectCount: 0 | 1 | 3 | 4;
  /** Behind a proxy: the public origin in `x-forwarded-*` (one value or a list), or only in `host`. */
  readonly forwarded: "none" | "forwarded" | "forwarded-list" | "host";
  readonly jwtKey: boolean;
  readonly parties: "none" | "match" | "mismatch";
  /** Where a returning handshake travels: the URL (development's way) or a cookie (production's). */
  readonly returnIn: "usual" | "query" | "cookie";
}

/** `count` cases; weights favour the common shapes (document requests, signed-in cookies). */
export function generateCases(count: number, seed: number): Case[] {
  // The emulator's seeded byte stream (mulberry32), three bytes to a number in [0, 1).
  const next = seededBytes(seed);
  const rand = (): number => (next() * 65536 + next() * 256 + next()) / 16777216;
  const pick = <T>(items: readonly T[], weights?: readonly number[]): T => {
    const w = weights ?? items.map(() => 1);
    let r = rand() * w.reduce((a, b) => a + b, 0);
    for (let i = 0; i < items.length; i++) {
      r -= w[i]!;
      if (r < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  };
  const out: Case[] = [];
  for (let id = 0; id < count; id++) {
    const instance = pick(["dev", "prod"] as const);
    const returning = pick(["none", "nonce", "nonce-unknown", "nonce-signed-out", "token", "token-bad-signature", "token-template"] as const, [14, 2, 1, 1, 2, 1, 1]);
    out.push({
      id,
      instance,
      app: pick(["primary", "satellite", "satellite-misconfigured"] as const, [6, 3, 0.3]),
      proxy: pick(["none", "absolute", "relative"] as const, [6, 1, 1]),
      autoSync: pick([undefined, true, false] as const, [4, 2, 1]),
      dest: pick(["document", "iframe", "html-accept", "empty", "none", "post-document", "head-document"] as const, [10, 1, 2, 2, 1, 1, 0.5]),
      token: pick(["none", "valid", "expired", "nbf-future", "iat-future", "bad-signature", "template", "garbage", "no-sid-expired"] as const, [3, 6, 4, 1, 1, 1, 1, 1, 0.5]),
      naming: pick(["plain", "suffixed", "both", "foreign", "downgrade"] as const, [2, 2, 3, 1, 1]),
      uat: pick(["none", "0", "before-iat", "after-iat", "junk"] as const, [2, 1, 6, 1, 0.5]),
      devBrowser: instance === "dev" ? pick(["none", "cookie", "query"] as const, [1, 6, 1]) : pick(["none", "cookie"] as const, [4, 1]),
      refreshCookie: rand() < 0.4,
      refresh: pick(["ok", "token_invalid", "unexpected_error", "empty"] as const, [5, 2, 1, 1]),
      returning,
      referer: pick(["none", "same", "cross", "fapi", "accounts", "dev-portal", "junk"] as const, [5, 2, 3, 1, 1, 1, 0.3]),
      query: pick(["none", "synced-false", "synced-true", "redirect-url", "other"] as const, [6, 2, 1, 2, 1]),
      redirectCount: pick([0, 1, 3, 4] as const, [8, 1, 1, 0.3]),
      forwarded: pick(["none", "forwarded", "forwarded-list", "host"] as const, [8, 1, 0.5, 1]),
      jwtKey: rand() < 0.5,
      parties: pick(["none", "match", "mismatch"] as const, [6, 1, 1]),
      returnIn: pick(["usual", "query", "cookie"] as const, [4, 1, 1]),
    });
  }
  return out;
}

/** The tokens a case can carry, signed once per run. */
export interface Tokens {
  readonly byKind: Record<Exclude<TokenKind, "none">, string>;
  /** The session token a returning handshake or a refresh sets. */
  readonly fresh: string;
  /** A valid session token of another instance signed with another key (an app sharing the domain). */
  readonly foreign: string;
  readonly iat: number;
}

export async function signTokens(key: TestKey, otherKey: TestKey, inst: Instance): Promise<Tokens> {
  const iss = `https://${inst.fapi}`;
  const base = { sub: "user_2hs", sid: "sess_2hs", iss, azp: "https://app.example.com" };
  const iat = NOW_S - 30;
  return {
    iat,
    fresh: await signWith(key, { ...base, sid: "sess_2fresh", iat: NOW_S - 1, nbf: NOW_S - 11, exp: NOW_S + 59 }),
    foreign: await signWith(otherKey, { ...base, iss: "https://clerk.other-app.dev", iat: NOW_S - 5, exp: NOW_S + 55 }),
    byKind: {
      valid: await signWith(key, { ...base, iat, nbf: iat - 10, exp: NOW_S + 30 }),
      expired: await signWith(key, { ...base, iat: NOW_S - 120, nbf: NOW_S - 130, exp: NOW_S - 60 }),
      "nbf-future": await signWith(key, { ...base, iat, nbf: NOW_S + 120, exp: NOW_S + 180 }),
      "iat-future": await signWith(key, { ...base, iat: NOW_S + 120, exp: NOW_S + 180 }),
      "bad-signature": await signWith(otherKey, { ...base, iat, nbf: iat - 10, exp: NOW_S + 30 }),
      template: await signWith(key, { ...base, iat, nbf: iat - 10, exp: NOW_S + 30 }, { cat: CATEGORY_TEMPLATE }),
      garbage: "not.a-jwt",
      "no-sid-expired": await signWith(key, { sub: "user_2hs", iss, iat: NOW_S - 120, exp: NOW_S - 60 }),
    },
  };
}

/** What a case turns into: the request, the options and the fake API's script. */
export interface Built {
  readonly request: Request;
  readonly options: FlowOptions;
  readonly script: ApiScript;
}

const PRIMARY = "https://app.example.com";
const SATELLITE_DOMAIN = "satellite.example.net";
const SATELLITE = `https://${SATELLITE_DOMAIN}`;

export async function buildCase(c: Case, inst: Instance, tokens: Tokens, key: TestKey, otherKey: TestKey, pem: string): Promise<Built> {
  const satellite = c.app !== "primary";
  const origin = satellite ? SATELLITE : PRIMARY;
  const internal = c.forwarded === "host" ? "https://10.0.0.7:8443" : "http://10.0.0.7:3000";
  const url = new URL(`${c.forwarded === "none" ? origin : internal}/dashboard/settings`);
  if (c.query === "synced-false") url.searchParams.set("__clerk_synced", "false");
  if (c.query === "synced-true") url.searchParams.set("__clerk_synced", "true");
  if (c.query === "redirect-url") url.searchParams.set("__clerk_redirect_url", `${SATELLITE}/back?x=1`);
  if (c.query === "other") url.searchParams.set("tab", "billing");
  if (c.devBrowser === "query") url.searchParams.set("__clerk_db_jwt", "dvb_fromQuery");

  const cookies: string[] = [];
  const add = (name: string, value: string): void => {
    if (c.naming === "plain" || c.naming === "both") cookies.push(`${name}=${value}`);
    if (c.naming !== "plain") cookies.push(`${name}_${inst.suffix}=${value}`);
  };
  if (c.token !== "none") add("__session", tokens.byKind[c.token]);
  const uat = { none: undefined, "0": "0", "before-iat": String(tokens.iat - 600), "after-iat": String(tokens.iat + 5), junk: "soon" }[c.uat];
  if (c.naming === "downgrade") {
    // Downgraded clerk-js: it updates only the plain cookies (signed in) while the suffixed say signed out.
    cookies.splice(0, cookies.length);
    cookies.push(`__client_uat_${inst.suffix}=0`, `__session=${tokens.byKind.valid}`, `__client_uat=${tokens.iat - 600}`);
  } else if (uat !== undefined) add("__client_uat", uat);
  if (c.naming === "foreign") cookies.push(`__session=${tokens.foreign}`, `__client_uat=${NOW_S - 5}`);
  if (c.devBrowser === "cookie") add("__clerk_db_jwt", "dvb_fromCookie");
  if (c.refreshCookie) cookies.push(`__refresh_${inst.suffix}=rt_opaque_refresh`);
  if (c.redirectCount) cookies.push(`__clerk_redirect_count=${c.redirectCount}`);

  // The directives a returning handshake or a refresh carries: fresh cookies of both namings.
  const fresh = [
    `__session=${tokens.fresh}; Path=/; SameSite=Lax`,
    `__session_${inst.suffix}=${tokens.fresh}; Path=/; SameSite=Lax`,
    `__client_uat=${NOW_S - 1}; Path=/; Max-Age=315360000; SameSite=Strict`,
    `__client_uat_${inst.suffix}=${NOW_S - 1}; Path=/; Max-Age=315360000; SameSite=Strict`,
  ];
  const signedOutDirectives = [`__session=; Path=/; Max-Age=0`, `__client_uat=0; Path=/; SameSite=Strict`];
  const nonces = new Map<string, string[]>([
    ["nonce_ok", fresh],
    ["nonce_signed_out", signedOutDirectives],
  ]);
  const returning = async (): Promise<[string, string] | undefined> => {
    switch (c.returning) {
      case "none":
        return undefined;
      case "nonce":
        return ["__clerk_handshake_nonce", "nonce_ok"];
      case "nonce-unknown":
        return ["__clerk_handshake_nonce", "nonce_nobody_issued"];
      case "nonce-signed-out":
        return ["__clerk_handshake_nonce", "nonce_signed_out"];
      case "token":
        return ["__clerk_handshake", await signWith(key, { handshake: fresh })];
      case "token-bad-signature":
        return ["__clerk_handshake", await signWith(otherKey, { handshake: fresh })];
      case "token-template":
        return ["__clerk_handshake", await signWith(key, { handshake: fresh }, { cat: CATEGORY_TEMPLATE })];
    }
  };
  const back = await returning();
  // Development handshakes come back in the URL, production ones in a cookie (both are read).
  const inQuery = c.returnIn === "query" || (c.returnIn === "usual" && c.instance === "dev");
  if (back && inQuery) url.searchParams.set(back[0], back[1]);
  if (back && !inQuery) cookies.push(`${back[0]}=${back[1]}`);

  const headers = new Headers();
  if (cookies.length) headers.set("cookie", cookies.join("; "));
  const dest = { document: "document", iframe: "iframe", "html-accept": undefined, empty: "empty", none: undefined, "post-document": "document", "head-document": "document" }[c.dest];
  if (dest) headers.set("sec-fetch-dest", dest);
  if (c.forwarded === "forwarded" || c.forwarded === "forwarded-list") {
    const list = c.forwarded === "forwarded-list" ? ", proxy.internal" : "";
    headers.set("x-forwarded-host", new URL(origin).host + list);
    headers.set("x-forwarded-proto", `https${c.forwarded === "forwarded-list" ? ",http" : ""}`);
  }
  if (c.forwarded === "host") headers.set("host", new URL(origin).host);
  if (dest === "document") {
    // What browsers send with a navigation besides Sec-Fetch-Dest.
    headers.set("sec-fetch-mode", "navigate");
    headers.set("sec-fetch-site", c.referer === "cross" ? "cross-site" : "same-origin");
    headers.set("user-agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36");
  }
  headers.set("accept", c.dest === "empty" ? "*/*" : c.dest === "none" ? "application/json" : "text/html,application/xhtml+xml");
  const referer = {
    none: undefined,
    same: `${origin}/home`,
    cross: "https://elsewhere.example.org/page",
    fapi: `https://${inst.fapi}/v1/client`,
    accounts: `https://${inst.fapi.replace(/^clerk\./, "accounts.").replace(".clerk.accounts.", ".accounts.")}/sign-in`,
    "dev-portal": "https://foo-bar-13.accounts.dev/sign-in",
    junk: "::not a url::",
  }[c.referer];
  if (referer) headers.set("referer", referer);

  const options: FlowOptions = {
    publishableKey: inst.publishableKey,
    secretKey: inst.secretKey,
    ...(c.jwtKey ? { jwtKey: pem } : {}),
    signInUrl: satellite ? `${PRIMARY}/sign-in` : "/sign-in",
    signUpUrl: satellite ? `${PRIMARY}/sign-up` : "/sign-up",
    ...(satellite ? { isSatellite: true } : {}),
    ...(c.app === "satellite" && c.proxy === "none" ? { domain: SATELLITE_DOMAIN } : {}),
    ...(c.proxy === "absolute" ? { proxyUrl: `${origin}/__clerk` } : c.proxy === "relative" ? { proxyUrl: "/__clerk" } : {}),
    ...(c.autoSync !== undefined ? { satelliteAutoSync: c.autoSync } : {}),
    ...(c.parties === "match" ? { authorizedParties: ["https://app.example.com"] } : c.parties === "mismatch" ? { authorizedParties: ["https://other.example.org"] } : {}),
  };
  const method = c.dest === "post-document" ? "POST" : c.dest === "head-document" ? "HEAD" : "GET";
  const request = new Request(url, { method, headers });
  return { request, options, script: { nonces, refresh: c.refresh, refreshCookies: fresh.slice(1) } };
}

/** A one-line description for failure messages. */
export function describeCase(c: Case): string {
  return Object.entries(c)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(" ");
}
