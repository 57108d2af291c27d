// clerk-fn/node on a bare node:http server: the Request it builds (URL, headers, body), the raw
// body helper, authenticateNodeRequest, and writing a Fetch Response back.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { connect } from "node:net";
import express from "express";
import { afterEach, describe, expect, test } from "vitest";
import { authenticateNodeRequest, getAuth, readRawBody, toFetchRequest, toNodeHandler, type NodeRequestLike } from "../../src/node/index.js";
import { close, fixture, listen, userOf } from "./helpers.js";

type Listener = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map(close));
});

async function serveWith(listener: Listener): Promise<string> {
  const server = createServer((req, res) => void listener(req, res));
  servers.push(server);
  return listen(server);
}

/** A server answering what toFetchRequest made of the request. */
function echo(options?: Parameters<typeof toFetchRequest>[1]): Promise<string> {
  return serveWith(async (req, res) => {
    const r = toFetchRequest(req, options);
    if (!r.ok) return void res.end(JSON.stringify({ error: r.error.reason }));
    const request = r.value;
    const body = request.body ? await request.text() : null;
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ url: request.url, method: request.method, headers: [...request.headers], body }));
  });
}

/** Sends a raw HTTP/1.1 request (for targets and headers fetch would not send). */
function rawRequest(base: string, text: string): Promise<string> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1", () => socket.end(text));
    let out = "";
    socket.on("data", (d) => (out += d.toString()));
    socket.on("end", () => resolve(out.slice(out.indexOf("\r\n\r\n") + 4)));
    socket.on("error", reject);
  });
}

describe("toFetchRequest", () => {
  test("method, absolute URL with the query, headers and a streamed body", async () => {
    const base = await echo();
    const res = await (await fetch(`${base}/api/items?x=1&y=%20`, { method: "PUT", body: "hello", headers: { "x-trace": "abc", "content-type": "text/plain" } })).json();
    expect(res.url).toBe(`${base}/api/items?x=1&y=%20`);
    expect(res.method).toBe("PUT");
    expect(res.body).toBe("hello");
    expect(Object.fromEntries(res.headers)).toMatchObject({ "x-trace": "abc", "content-type": "text/plain", host: new URL(base).host });
  });

  test("a large body is streamed through intact; GET and HEAD carry none", async () => {
    const base = await echo();
    const big = "x".repeat(3 * 1024 * 1024) + "end";
    const res = await (await fetch(`${base}/upload`, { method: "POST", body: big })).json();
    expect(res.body.length).toBe(big.length);
    expect(res.body.endsWith("end")).toBe(true);
    expect((await (await fetch(`${base}/`)).json()).body).toBeNull();
  });

  test("repeated headers: cookies joined with '; ' (so each cookie still parses), others with ', '", async () => {
    const base = await echo({ body: false });
    const text = await rawRequest(
      base,
      "GET /r HTTP/1.1\r\nHost: app.test\r\nCookie: a=1\r\nCookie: __session=tok\r\nX-Multi: one\r\nX-Multi: two\r\nConnection: close\r\n\r\n",
    );
    const headers = Object.fromEntries(JSON.parse(text).headers);
    expect(headers.cookie).toBe("a=1; __session=tok");
    expect(headers["x-multi"]).toBe("one, two");
  });

  test("the host cannot be replaced through the request target", async () => {
    const base = await echo();
    const send = (target: string, host = "app.test") => rawRequest(base, `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`).then((t) => JSON.parse(t).url);
    expect(await send("//evil.example/path")).toBe("http://app.test//evil.example/path");
    expect(await send("http://evil.example/abs?q=1")).toBe("http://app.test/abs?q=1");
    // A Host header that is not a host (path, user info) falls back to localhost rather than being parsed.
    expect(await send("/x", "evil.example/x@good")).toBe("http://localhost/x");
  });

  test("X-Forwarded-Proto/Host: ignored by default, used with trustProxy (first entry), junk ignored", async () => {
    const forwarded = { "x-forwarded-proto": "https", "x-forwarded-host": "shop.example.com" };
    const plain = await echo();
    expect((await (await fetch(`${plain}/p`, { headers: forwarded })).json()).url).toBe(`${plain}/p`);
    const trusted = await echo({ trustProxy: true });
    expect((await (await fetch(`${trusted}/p`, { headers: forwarded })).json()).url).toBe("https://shop.example.com/p");
    expect((await (await fetch(`${trusted}/p`, { headers: { "x-forwarded-proto": "gopher", "x-forwarded-host": "a.example.com:8443" } })).json()).url).toBe("http://a.example.com:8443/p");
    expect((await (await fetch(`${trusted}/p`, { headers: { "x-forwarded-host": "evil.example/x" } })).json()).url).toBe("http://localhost/p");
  });

  test("a TLS socket gives https; a non-request is an error value, not a throw", () => {
    const tls: NodeRequestLike = { method: "GET", url: "/s", headers: { host: "secure.test" }, socket: { encrypted: true } };
    const r = toFetchRequest(tls);
    expect(r.ok && r.value.url).toBe("https://secure.test/s");
    for (const bad of [undefined, null, 42, {}, { headers: null }] as unknown[]) {
      const out = toFetchRequest(bad as NodeRequestLike);
      expect(out.ok).toBe(false);
      expect(!out.ok && out.error.reason).toBe("invalid-request");
    }
  });

  test("parsed JSON on the request: body-parsed, unless the body is not wanted", async () => {
    const app = express();
    app.use(express.json());
    app.post("/", (req, res) => {
      const withBody = toFetchRequest(req);
      const without = toFetchRequest(req, { body: false });
      res.json({ withBody: withBody.ok ? "ok" : withBody.error.reason, without: without.ok ? without.value.method : without.error.reason });
    });
    const server = createServer(app);
    servers.push(server);
    const base = await listen(server);
    const res = await fetch(base, { method: "POST", body: '{"a":1}', headers: { "content-type": "application/json" } });
    expect(await res.json()).toEqual({ withBody: "body-parsed", without: "POST" });
  });
});

describe("readRawBody", () => {
  test("the exact bytes from the stream (no parser), from express.raw() and from express.text()", async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0xc3, 0xa9, 0x22, 0x3a, 0x31, 0x7d]); // {"é":1}
    const plain = await serveWith(async (req, res) => {
      const raw = await readRawBody(req);
      res.end(raw.ok ? Buffer.from(raw.value).toString("hex") : raw.error.reason);
    });
    expect(await (await fetch(plain, { method: "POST", body: bytes })).text()).toBe(Buffer.from(bytes).toString("hex"));

    const app = express();
    const answer = async (req: express.Request, res: express.Response) => {
      const raw = await readRawBody(req);
      res.send(raw.ok ? Buffer.from(raw.value).toString("hex") : raw.error.reason);
    };
    app.post("/raw", express.raw({ type: "*/*" }), answer);
    app.post("/text", express.text({ type: "*/*" }), answer);
    app.post("/json", express.json({ type: "*/*" }), answer);
    const server = createServer(app);
    servers.push(server);
    const base = await listen(server);
    const json = { "content-type": "application/json" };
    for (const path of ["/raw", "/text"]) {
      expect(await (await fetch(base + path, { method: "POST", body: bytes, headers: json })).text()).toBe(Buffer.from(bytes).toString("hex"));
    }
    expect(await (await fetch(`${base}/json`, { method: "POST", body: bytes, headers: json })).text()).toBe("body-parsed");
    // A parser that did not apply (no content type) left the stream: it is read.
    expect(await (await fetch(`${base}/json`, { method: "POST", body: bytes })).text()).toBe(Buffer.from(bytes).toString("hex"));
  });

  test("a stream read by someone else is body-consumed; a body over maxBodyBytes is body-too-large", async () => {
    const consumed = await serveWith(async (req, res) => {
      for await (const _ of req);
      const raw = await readRawBody(req);
      res.end(raw.ok ? "ok" : raw.error.reason);
    });
    expect(await (await fetch(consumed, { method: "POST", body: "abc" })).text()).toBe("body-consumed");
    const limited = await serveWith(async (req, res) => {
      const raw = await readRawBody(req, { maxBodyBytes: 10 });
      res.end(raw.ok ? String(raw.value.length) : raw.error.reason);
    });
    expect(await (await fetch(limited, { method: "POST", body: "0123456789" })).text()).toBe("10");
    expect(await (await fetch(limited, { method: "POST", body: "0123456789+" })).text()).toBe("body-too-large");
    // A NaN limit is not "no limit": the 1 MiB default applies.
    const nan = await serveWith(async (req, res) => {
      const raw = await readRawBody(req, { maxBodyBytes: NaN });
      res.end(raw.ok ? String(raw.value.length) : raw.error.reason);
    });
    expect(await (await fetch(nan, { method: "POST", body: "x".repeat(1024 * 1024 + 1) })).text()).toBe("body-too-large");
    expect(await (await fetch(nan, { method: "POST", body: "x".repeat(1024) })).text()).toBe("1024");
  });
});

describe("authenticateNodeRequest on node:http", () => {
  test("signed in with a Bearer token; the body is left unread for the route", async () => {
    const f = fixture();
    const base = await serveWith(async (req, res) => {
      const auth = await authenticateNodeRequest(f.core, req);
      const raw = await readRawBody(req);
      res.end(JSON.stringify({ userId: userOf(auth), same: getAuth(req) === auth, body: raw.ok ? new TextDecoder().decode(raw.value) : raw.error.reason }));
    });
    const token = await f.emulator.createSessionToken({ userId: "user_ada" });
    const res = await fetch(base, { method: "POST", body: "payload", headers: { authorization: `Bearer ${token}` } });
    expect(await res.json()).toEqual({ userId: "user_ada", same: true, body: "payload" });
    expect(await (await fetch(base, { method: "POST", body: "x" })).json()).toMatchObject({ userId: null, same: true });
  });
});

describe("toNodeHandler / writeFetchResponse", () => {
  test("status, headers, every Set-Cookie and a streamed body reach the client", async () => {
    const base = await serveWith(
      toNodeHandler(async (request) => {
        const headers = new Headers({ "x-seen-url": request.url, "content-type": "text/plain" });
        headers.append("set-cookie", "a=1; Path=/");
        headers.append("set-cookie", "b=2; Path=/; HttpOnly");
        const body = new ReadableStream({
          start(c) {
            c.enqueue(new TextEncoder().encode("chunk1,"));
            c.enqueue(new TextEncoder().encode("chunk2"));
            c.close();
          },
        });
        return new Response(body, { status: 201, headers });
      }),
    );
    const res = await fetch(`${base}/h?q=1`);
    expect(res.status).toBe(201);
    expect(res.headers.get("x-seen-url")).toBe(`${base}/h?q=1`);
    expect(res.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/; HttpOnly"]);
    expect(await res.text()).toBe("chunk1,chunk2");
  });

  test("a handler that throws is answered 500, and the server keeps serving", async () => {
    let calls = 0;
    const base = await serveWith(
      toNodeHandler(() => {
        calls += 1;
        if (calls === 1) throw new Error("boom");
        return new Response("fine");
      }),
    );
    expect((await fetch(base)).status).toBe(500);
    expect(await (await fetch(base)).text()).toBe("fine");
  });
});
