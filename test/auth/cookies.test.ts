import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cookieSuffix } from "../../src/auth/index.js";
import { issuerFromPublishableKey, parseCookies } from "../../src/auth/cookies.js";
import { bearerToken } from "../../src/auth/tokenSource.js";

describe("parseCookies (RFC 6265)", () => {
  it("splits name=value pairs on ';' and trims whitespace", () => {
    const cookies = parseCookies("a=1; b=2;c=3 ;  d = 4 ");
    expect([...cookies]).toEqual([
      ["a", "1"],
      ["b", "2"],
      ["c", "3"],
      ["d", "4"],
    ]);
  });

  it("keeps '=' inside values and a quoted value as it is (as Clerk's SDK does)", () => {
    const cookies = parseCookies('x=a=b==; y="quoted"; z=');
    expect(cookies.get("x")).toBe("a=b==");
    expect(cookies.get("y")).toBe('"quoted"');
    expect(cookies.get("z")).toBe("");
  });

  it("keeps the first of duplicate names", () => {
    expect(parseCookies("__session=first; __session=second").get("__session")).toBe("first");
  });

  it("skips malformed pairs without hiding the ones after them", () => {
    const cookies = parseCookies("garbage; =nameless; ;;; broken=%E0%A4%A; __session=tok; __client_uat=1700000000");
    expect(cookies.get("__session")).toBe("tok");
    expect(cookies.get("__client_uat")).toBe("1700000000");
    expect(cookies.get("broken")).toBe("%E0%A4%A");
    expect(cookies.has("")).toBe(false);
    expect(cookies.has("garbage")).toBe(false);
  });

  it("does not percent-decode", () => {
    expect(parseCookies("a=%41").get("a")).toBe("%41");
  });

  it("returns nothing for an absent header", () => {
    expect(parseCookies(null).size).toBe(0);
    expect(parseCookies("").size).toBe(0);
  });
});

describe("cookieSuffix", () => {
  it("is the first 8 characters of base64url(SHA-1(publishable key))", async () => {
    for (const pk of ["pk_test_Y2xlcmsuZXhhbXBsZS5jb20k", "pk_live_Y2xlcmsuZm9vLmNvbSQ=", "x"]) {
      const expected = createHash("sha1").update(pk).digest("base64url").slice(0, 8);
      expect(await cookieSuffix(pk)).toBe(expected);
    }
  });
});

describe("issuerFromPublishableKey", () => {
  it("decodes the Frontend API host of test and live keys", () => {
    const pk = `pk_test_${Buffer.from("clerk.example.com$").toString("base64")}`;
    expect(issuerFromPublishableKey(pk)).toBe("https://clerk.example.com");
    expect(issuerFromPublishableKey(`pk_live_${Buffer.from("clerk.shop.io$").toString("base64")}`)).toBe("https://clerk.shop.io");
  });

  it("returns undefined for keys of another form", () => {
    expect(issuerFromPublishableKey("sk_test_abc")).toBeUndefined();
    expect(issuerFromPublishableKey(`pk_test_${Buffer.from("no-dollar").toString("base64")}`)).toBeUndefined();
    expect(issuerFromPublishableKey(`pk_test_${Buffer.from("evil.com/path$").toString("base64")}`)).toBeUndefined();
    expect(issuerFromPublishableKey("pk_test_!!!")).toBeUndefined();
  });
});

describe("bearerToken", () => {
  const h = (value: string) => new Headers({ authorization: value });

  it("takes the word after `Bearer ` (case-sensitive, as Clerk's SDK), ignoring words after it", () => {
    expect(bearerToken(h("Bearer abc.def.ghi"))).toBe("abc.def.ghi");
    expect(bearerToken(h("Bearer abc.def.ghi extra words"))).toBe("abc.def.ghi");
  });

  it("takes a value without a space whole: a bare token, or a lone scheme word", () => {
    expect(bearerToken(h("abc.def.ghi"))).toBe("abc.def.ghi");
    expect(bearerToken(h("Bearerabc"))).toBe("Bearerabc");
    // Headers trim the value, so `Bearer    ` is `Bearer`: that word is the (invalid) token.
    expect(bearerToken(h("Bearer"))).toBe("Bearer");
    expect(bearerToken(h("Bearer    "))).toBe("Bearer");
    // Two spaces: the second word is empty, so the whole first word is taken (and fails verification).
    expect(bearerToken(h("Bearer  abc"))).toBe("Bearer");
  });

  it("ignores other schemes, including a lowercase or uppercase bearer", () => {
    expect(bearerToken(h("Basic dXNlcjpwYXNz"))).toBeUndefined();
    expect(bearerToken(h("Token abc"))).toBeUndefined();
    expect(bearerToken(h("bearer abc"))).toBeUndefined();
    expect(bearerToken(h("BEARER abc"))).toBeUndefined();
    expect(bearerToken(new Headers())).toBeUndefined();
  });
});
