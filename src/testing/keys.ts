// The instance's signing key: an RSA pair made with WebCrypto (through jose) the first time a
// token or the JWKS is needed, so emulators that never touch tokens never pay for key generation.
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from "jose";

/** The emulator's key pair in the forms it serves and signs with. */
export interface SigningKeys {
  readonly kid: string;
  /** jose's `CryptoKey` (what generateKeyPair returns): the DOM-only global type would make the .d.ts need the DOM lib. */
  readonly privateKey: CryptoKey;
  /** The public key as `GET /jwks` lists it. */
  readonly jwk: { readonly use: "sig"; readonly kty: string; readonly kid: string; readonly alg: "RS256"; readonly n: string; readonly e: string };
  /** The public key as SPKI PEM, what Clerk's Dashboard shows as "JWT public key" (`CLERK_JWT_KEY`). */
  readonly publicKeyPem: string;
}

/** A memoised key generator: the first call generates, every later call gets the same keys. */
export function lazySigningKeys(kid: string): () => Promise<SigningKeys> {
  let keys: Promise<SigningKeys> | undefined;
  return () => (keys ??= generate(kid));
}

async function generate(kid: string): Promise<SigningKeys> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true, modulusLength: 2048 });
  const { n, e, kty } = await exportJWK(publicKey);
  return {
    kid,
    privateKey,
    jwk: { use: "sig", kty: kty ?? "RSA", kid, alg: "RS256", n: n ?? "", e: e ?? "" },
    publicKeyPem: await exportSPKI(publicKey),
  };
}

/** The JWT header `cat` of session tokens: verifiers use it to tell session tokens from others. */
export const CATEGORY_SESSION = "cl_B7d4PD111AAA";
/** The JWT header `cat` of JWT-template tokens, which must never pass as session tokens. */
export const CATEGORY_TEMPLATE = "cl_B7d4PD222AAA";

/** Signs `claims` with RS256 under the instance key. */
export async function signJwt(keys: SigningKeys, claims: Record<string, unknown>, category: string): Promise<string> {
  return new SignJWT(claims as JWTPayload)
    .setProtectedHeader({ alg: "RS256", kid: keys.kid, typ: "JWT", cat: category })
    .sign(keys.privateKey);
}
