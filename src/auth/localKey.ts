import type { WebCryptoKey } from "./crypto.js";
import type { ClerkCore } from "../core/core.js";
import { fromBase64url, importRsaKey } from "./crypto.js";
import { tokenError, type TokenVerificationError } from "./errors.js";

const CACHE_KEY = "clerk-fn/auth/jwtKey";
// A core normally sees one jwtKey; the bound only stops a caller passing fresh keys per call
// from growing the cache forever.
const MAX_KEYS = 8;

/**
 * Reduces a PEM as people paste it (one line, real or `\n`-escaped line breaks, CRLF, with or
 * without the BEGIN/END lines) to the bare base64 body, or `undefined` when it is not one.
 */
export function pemBody(pem: string): string | undefined {
  if (typeof pem !== "string") return undefined;
  const body = pem
    .replace(/\\n/g, "\n")
    .replace(/-----(BEGIN|END) PUBLIC KEY-----/g, "")
    .replace(/\s+/g, "");
  return body.length > 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(body) ? body : undefined;
}

/**
 * The `CryptoKey` of a `jwtKey`, imported once per core and reused. Sends nothing: this is the
 * networkless path. A key that is not an RSA SPKI public key gives `jwt-key-invalid`.
 */
export async function localKey(core: ClerkCore, jwtKey: string): Promise<WebCryptoKey | TokenVerificationError> {
  const body = pemBody(jwtKey);
  if (!body) return tokenError("jwt-key-invalid", "jwtKey is not a PEM public key (SPKI).");
  let cache = core.cache.get(CACHE_KEY) as Map<string, Promise<WebCryptoKey | TokenVerificationError>> | undefined;
  if (!cache) core.cache.set(CACHE_KEY, (cache = new Map()));
  let pending = cache.get(body);
  if (!pending) {
    if (cache.size >= MAX_KEYS) cache.clear();
    pending = importLocal(body);
    cache.set(body, pending);
  }
  return pending;
}

async function importLocal(body: string): Promise<WebCryptoKey | TokenVerificationError> {
  const der = fromBase64url(body.replace(/\+/g, "-").replace(/\//g, "_"));
  const key = der && (await importRsaKey("spki", der));
  return key ?? tokenError("jwt-key-invalid", "jwtKey could not be imported as an RS256 public key (SPKI).");
}
