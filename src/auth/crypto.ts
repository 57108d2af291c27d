// The WebCrypto calls of src/auth, in one place. RS256 is verified with `crypto.subtle` directly
// (as Clerk's own SDK does) rather than through jose's JWS pipeline: the token is already decoded
// for the claim checks, and the authenticateRequest app then carries no JOSE machinery (measured
// in bench/RESULTS.md: about 5 KB gzip less, and a faster verify).

/** WebCrypto's key type, spelled so the .d.ts compile without the DOM lib (@types/node has no global `CryptoKey` type). */
export type WebCryptoKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

/** A JSON Web Key as the JWKS answer carries it (the DOM lib's `JsonWebKey`, spelled structurally). */
export interface Jwk {
  readonly kty?: string;
  readonly kid?: string;
  readonly alg?: string;
  readonly use?: string;
  readonly n?: string;
  readonly e?: string;
  readonly [member: string]: unknown;
}

/** WebCrypto's name for RS256. */
export const RS256: { readonly name: string; readonly hash: string } = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };

/** base64url (padding optional) to bytes; `undefined` when it is not base64url. */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/=+$/, "").replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

/** Bytes to base64url without padding. */
export function toBase64url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}

/** SHA-256 of a string as base64url: cache keys derived from secrets without holding them. */
export async function sha256(text: string): Promise<string> {
  return toBase64url(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text))));
}

/** Imports an RSA public key (SPKI DER or JWK) for RS256 verification; `undefined` when it is not one. */
export async function importRsaKey(format: "spki", data: Uint8Array<ArrayBuffer>): Promise<WebCryptoKey | undefined>;
export async function importRsaKey(format: "jwk", data: Jwk): Promise<WebCryptoKey | undefined>;
export async function importRsaKey(format: "spki" | "jwk", data: Uint8Array<ArrayBuffer> | Jwk): Promise<WebCryptoKey | undefined> {
  try {
    // The casts bridge the structural types of the declarations to WebCrypto's (not in any .d.ts).
    return await crypto.subtle.importKey(format as "jwk", data as JsonWebKey, RS256 as RsaHashedImportParams, false, ["verify"]);
  } catch {
    return undefined;
  }
}

/** Whether `token`'s RS256 signature verifies with `key`. Never throws. */
export async function rs256Valid(token: string, key: WebCryptoKey): Promise<boolean> {
  const dot = token.lastIndexOf(".");
  const signature = fromBase64url(token.slice(dot + 1));
  if (!signature || signature.length === 0) return false;
  try {
    return await crypto.subtle.verify(RS256, key, signature, new TextEncoder().encode(token.slice(0, dot)));
  } catch {
    return false;
  }
}
