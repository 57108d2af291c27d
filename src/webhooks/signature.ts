// The Standard Webhooks / Svix signature scheme, on WebCrypto only (no node: imports), so it runs
// unchanged on Node, Bun, Deno, Cloudflare Workers and Vercel Edge:
//   signature = base64(HMAC-SHA256(base64decode(secret without "whsec_"), `${id}.${timestamp}.${body}`))
// sent as `v1,<signature>`, several space-separated when the secret is being rotated.
import type { WebCryptoKey } from "../auth/crypto.js";

const SECRET_PREFIX = "whsec_";
const encoder = /*#__PURE__*/ new TextEncoder();

/** The secret's key bytes, or undefined when it is not a non-empty base64 string. */
export function secretBytes(secret: unknown): Uint8Array<ArrayBuffer> | undefined {
  if (typeof secret !== "string") return undefined;
  const trimmed = secret.trim();
  const bare = trimmed.startsWith(SECRET_PREFIX) ? trimmed.slice(SECRET_PREFIX.length) : trimmed;
  const bytes = decodeBase64(bare);
  return bytes && bytes.length > 0 ? bytes : undefined;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Standard base64 (padding optional) → bytes; undefined on anything else. */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  // Checked first because atob (on every target runtime) silently drops inner whitespace: a
  // pasted "secret" with spaces in it must be refused, not turned into some other key.
  if (!BASE64.test(text)) return undefined;
  if (text.length === 0) return new Uint8Array(0);
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return undefined;
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Bytes → standard base64 with padding (what Svix sends). */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]!);
  return btoa(binary);
}

// Importing the HMAC key costs more than signing a typical event (measured on Node 24: ~40 µs
// import vs ~25 µs sign), and a receiver verifies with the same secret over and over, so the
// imported key is kept. Bounded, so an app juggling many secrets (multi-tenant) cannot grow it
// without limit; keyed by the secret string as given, held in memory like the secret itself.
const KEY_CACHE_SIZE = 16;
const keyCache = /*#__PURE__*/ new Map<string, Promise<WebCryptoKey>>();

/** The HMAC-SHA256 key for a secret, imported once. Rejects when WebCrypto refuses it. */
export function hmacKey(secret: string, bytes: Uint8Array<ArrayBuffer>): Promise<WebCryptoKey> {
  const cached = keyCache.get(secret);
  if (cached) return cached;
  const pending = crypto.subtle.importKey("raw", bytes, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  // A failed import must not stay cached: the next call should try again.
  pending.catch(() => {
    if (keyCache.get(secret) === pending) keyCache.delete(secret);
  });
  if (keyCache.size >= KEY_CACHE_SIZE) keyCache.delete(keyCache.keys().next().value!);
  keyCache.set(secret, pending);
  return pending;
}

/** The bytes that get signed: `${id}.${timestamp}.` followed by the payload, byte for byte. */
export function signedContent(id: string, timestamp: string, payload: string | Uint8Array): Uint8Array<ArrayBuffer> {
  if (typeof payload === "string") return encoder.encode(`${id}.${timestamp}.${payload}`);
  const head = encoder.encode(`${id}.${timestamp}.`);
  const out = new Uint8Array(head.length + payload.length);
  out.set(head, 0);
  out.set(payload, head.length);
  return out;
}

/** HMAC-SHA256 of the signed content. */
export async function computeSignature(
  key: WebCryptoKey,
  id: string,
  timestamp: string,
  payload: string | Uint8Array,
): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, signedContent(id, timestamp, payload)));
}

/** The entries of a signature header, split by version. */
export interface ParsedSignatures {
  /** The base64 text of each `v1` signature, as sent. */
  readonly v1: string[];
  /** Well-formed entries of other versions (ignored, but counted for the error message). */
  readonly otherVersions: number;
}

/**
 * Parse `v1,<base64> v1,<base64> v2,...` the way Svix and Standard Webhooks read it (entries
 * split on spaces, each `version,signature[,…]`), so the same header gets the same verdict here
 * as in their libraries. Two header lines joined by `Headers` (or Node) as `"v1,a, v1,b"` read as
 * both entries: the comma left on the first is a third, ignored part.
 */
export function parseSignatureHeader(header: string): ParsedSignatures {
  const v1: string[] = [];
  let otherVersions = 0;
  for (const entry of header.split(" ")) {
    const [version, signature] = entry.split(",");
    if (!version || !signature) continue;
    if (version === "v1") v1.push(signature);
    else otherVersions++;
  }
  return { v1, otherVersions };
}

/**
 * Equal strings, in time that depends only on the length (which is public: 44 base64 characters
 * for SHA-256), so a forger cannot learn the expected signature byte by byte from response times.
 */
export function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
