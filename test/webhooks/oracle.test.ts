// verifyWebhook against the two reference libraries: Svix's (what Clerk's own docs use) and
// Standard Webhooks'. Hundreds of generated signature cases — secrets with and without whsec_,
// several signatures, v1/v2, wrong ones, timestamps at the tolerance edges, svix-* and webhook-*
// headers, byte-level body changes, unicode bodies, duplicated header lines — and on every one
// clerk-fn must say what they say: accepted or refused. Signatures are made with node:crypto,
// independently of clerk-fn's signer.
import { createHash, createHmac } from "node:crypto";
import { Webhook as StandardWebhook } from "standardwebhooks";
import { Webhook as SvixWebhook } from "svix";
import { afterEach, describe, expect, it, vi } from "vitest";
import { verifyWebhook } from "../../src/webhooks/index.js";
import { event, userData } from "./fixtures.js";

/** Deterministic numbers in [0, 1) from SHA-256 of a counter, so a failing case can be found again by its index. */
function rng(seed: number): () => number {
  let n = 0;
  return () => createHash("sha256").update(`${seed}:${n++}`).digest().readUInt32BE(0) / 2 ** 32;
}

interface Case {
  readonly label: string;
  readonly secret: string;
  readonly body: Buffer;
  /** Header lines as a server receives them: a name may repeat (one entry per line). */
  readonly lines: readonly (readonly [string, string])[];
  /** The receiver's clock, in ms. */
  readonly nowMs: number;
}

const NOW = 1_760_000_000;

function sign(key: Buffer, id: string, timestamp: string, body: Buffer): string {
  return createHmac("sha256", key).update(Buffer.concat([Buffer.from(`${id}.${timestamp}.`), body])).digest("base64");
}

function generateCases(): Case[] {
  const random = rng(0xc1e4);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const bodies = [
    JSON.stringify(event("user.created", userData())),
    JSON.stringify(event("user.updated", userData({ first_name: "Zoë", last_name: "山田 🚀", username: "ünïcödé\u2028line" }))),
    JSON.stringify(event("session.created", { id: "sess_1", object: "session", user_id: "user_1", status: "active" })),
    JSON.stringify(event("email.created", { id: "ema_1", object: "email", slug: null, data: { note: "Grüße — ✉️" } }), null, 2),
    '{"type":"organization.created","data":{"id":"org_1","name":"Ünïcode Org \\u00e9"},"object":"event"}',
    JSON.stringify(event("widget.exploded", { anything: ["goes"] })),
  ];
  const cases: Case[] = [];
  for (let n = 0; n < 400; n++) {
    const keyBytes = Buffer.from(Array.from({ length: pick([16, 24, 32, 64]) }, () => Math.floor(random() * 256)));
    const bare = keyBytes.toString("base64");
    const secret = random() < 0.6 ? `whsec_${bare}` : bare;
    const id = pick(["msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", "msg_p5jXN8AQM9LWM0D4loKWxJek", `msg_${n}`, "msg_ünï"]);
    const signedBody = Buffer.from(pick(bodies));
    // The timestamp against the receiver's clock: at, inside and just outside ±300 s.
    const offset = pick([0, 1, -1, 299, 300, 301, -299, -300, -301, 100_000, -100_000]);
    const timestamp = String(NOW + offset);
    const nowMs = NOW * 1000 + pick([0, 1, 499, 999]);
    const good = sign(keyBytes, id, timestamp, signedBody);
    const wrongKey = sign(Buffer.from(keyBytes.map((b) => b ^ 1)), id, timestamp, signedBody);

    let body = signedBody;
    let label = `#${n}`;
    // What is sent differs from what was signed, byte by byte, sometimes.
    const change = random();
    if (change < 0.12) {
      body = Buffer.from(signedBody);
      const at = Math.floor(random() * body.length);
      body[at] = body[at]! ^ (1 << Math.floor(random() * 8));
      label += " byte flipped";
    } else if (change < 0.18) {
      body = Buffer.concat([signedBody, Buffer.from(pick([" ", "\n", "\r\n"]))]);
      label += " trailing whitespace";
    } else if (change < 0.22) {
      body = signedBody.subarray(0, signedBody.length - 1);
      label += " truncated";
    }

    // The signature header: one or several entries, right and wrong, v1 and others.
    const entries: string[] = [];
    const shape = random();
    if (shape < 0.3) entries.push(`v1,${good}`);
    else if (shape < 0.4) entries.push(`v1,${wrongKey}`, `v1,${good}`);
    else if (shape < 0.5) entries.push(`v1,${good}`, `v1,${wrongKey}`);
    else if (shape < 0.55) entries.push(`v2,${good}`);
    else if (shape < 0.6) entries.push(`v1a,${good}`, `v1,${wrongKey}`);
    else if (shape < 0.65) entries.push(`v1,${wrongKey}`);
    else if (shape < 0.7) entries.push(`v1,${good.replace(/=+$/, "")}`);
    else if (shape < 0.74) entries.push(`v1,${good.slice(0, -4)}`);
    else if (shape < 0.78) entries.push(`V1,${good}`);
    else if (shape < 0.82) entries.push(`v1,${good.toLowerCase()}`);
    else entries.push(`v1,${good}`, `v2,${wrongKey}`);
    label += ` sig=${entries.map((e) => (e.includes(good) ? e.split(",")[0] + ":good" : e.split(",")[0] + ":bad")).join("+")}`;

    const scheme = pick(["svix", "webhook", "both", "Svix-Cased"] as const);
    const lines: [string, string][] = [];
    const names = (field: string): string[] =>
      scheme === "both" ? [`svix-${field}`, `webhook-${field}`] : scheme === "Svix-Cased" ? [`Svix-${field[0]!.toUpperCase()}${field.slice(1)}`] : [`${scheme}-${field}`];
    for (const name of names("id")) lines.push([name, id]);
    for (const name of names("timestamp")) lines.push([name, timestamp]);
    // Several signatures arrive space-separated on one line, or (a proxy, a rotation done by
    // hand) as several lines of the same header.
    const multiLine = entries.length > 1 && random() < 0.5;
    for (const name of names("signature")) {
      if (multiLine) for (const entry of entries) lines.push([name, entry]);
      else lines.push([name, entries.join(" ")]);
    }
    if (multiLine) label += " multi-line";
    label += ` ${scheme} t${offset >= 0 ? "+" : ""}${offset}`;
    cases.push({ label, secret, body, lines, nowMs });
  }
  // A correctly signed body that is not UTF-8: no library accepts it.
  const key = Buffer.alloc(32, 7);
  const bad = Buffer.from([0x7b, 0x22, 0x74, 0x79, 0x70, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
  cases.push({
    label: "signed non-UTF-8 bytes",
    secret: `whsec_${key.toString("base64")}`,
    body: bad,
    lines: [["svix-id", "msg_1"], ["svix-timestamp", String(NOW)], ["svix-signature", `v1,${sign(key, "msg_1", String(NOW), bad)}`]],
    nowMs: NOW * 1000,
  });
  return cases;
}

/** The headers as Node's http module (and a fetch Headers) hand them over: repeated lines joined with ", ". */
function joined(lines: Case["lines"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of lines) {
    const key = name.toLowerCase();
    out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
  }
  return out;
}

function svixVerdict(c: Case): boolean {
  try {
    new SvixWebhook(c.secret).verify(c.body, joined(c.lines));
    return true;
  } catch {
    return false;
  }
}

function standardVerdict(c: Case): boolean {
  // Standard Webhooks reads webhook-* only; it is given the values Svix's wrapper would pick.
  const h = joined(c.lines);
  const pickField = (field: string): string => h[`svix-${field}`] ?? h[`webhook-${field}`] ?? "";
  try {
    new StandardWebhook(c.secret).verify(c.body, {
      "webhook-id": pickField("id"),
      "webhook-timestamp": pickField("timestamp"),
      "webhook-signature": pickField("signature"),
    });
    return true;
  } catch {
    return false;
  }
}

const cases = generateCases();

describe("verifyWebhook agrees with svix and standardwebhooks", () => {
  afterEach(() => vi.restoreAllMocks());

  it("the references agree with each other on every generated case (the cases are meaningful)", () => {
    const disagreements = cases.filter((c) => {
      vi.spyOn(Date, "now").mockReturnValue(c.nowMs);
      return svixVerdict(c) !== standardVerdict(c);
    });
    expect(disagreements.map((c) => c.label)).toEqual([]);
  });

  it("on every case, through a Headers, a plain record, Node-style arrays and bytes or text", async () => {
    const mismatches: string[] = [];
    let accepted = 0;
    for (const c of cases) {
      vi.spyOn(Date, "now").mockReturnValue(c.nowMs);
      const reference = svixVerdict(c);
      if (reference) accepted++;
      const headers = new Headers();
      for (const [name, value] of c.lines) headers.append(name, value);
      const arrays: Record<string, string[]> = {};
      for (const [name, value] of c.lines) (arrays[name.toLowerCase()] ??= []).push(value);
      const text = c.body.toString("utf8");
      const textIsExact = Buffer.from(text).equals(c.body);
      const verdicts = {
        headers: (await verifyWebhook(new Uint8Array(c.body), headers, { signingSecret: c.secret })).ok,
        record: (await verifyWebhook(c.body, joined(c.lines), { signingSecret: c.secret })).ok,
        arrays: (await verifyWebhook(c.body, arrays as unknown as Record<string, string>, { signingSecret: c.secret })).ok,
        ...(textIsExact ? { text: (await verifyWebhook(text, headers, { signingSecret: c.secret })).ok } : {}),
      };
      for (const [form, verdict] of Object.entries(verdicts)) {
        if (verdict !== reference) mismatches.push(`${c.label} (${form}): clerk-fn ${verdict ? "ok" : "refused"}, svix ${reference ? "ok" : "refused"}`);
      }
    }
    expect(mismatches).toEqual([]);
    // Not vacuous: both verdicts occur often.
    expect(accepted).toBeGreaterThan(60);
    expect(cases.length - accepted).toBeGreaterThan(60);
  });

  it("a duplicated svix-signature header verifies when any line is valid, whichever comes first", async () => {
    const key = Buffer.alloc(32, 3);
    const secret = `whsec_${key.toString("base64")}`;
    const body = Buffer.from(JSON.stringify(event("user.created", userData())));
    const good = `v1,${sign(key, "msg_1", String(NOW), body)}`;
    const bad = `v1,${sign(Buffer.alloc(32, 4), "msg_1", String(NOW), body)}`;
    vi.spyOn(Date, "now").mockReturnValue(NOW * 1000);
    for (const order of [[good, bad], [bad, good], [bad, bad, good]]) {
      const headers = new Headers({ "svix-id": "msg_1", "svix-timestamp": String(NOW) });
      for (const line of order) headers.append("svix-signature", line);
      expect((await verifyWebhook(body, headers, { signingSecret: secret })).ok, order.join(" | ")).toBe(true);
      expect((await verifyWebhook(body, { "svix-id": "msg_1", "svix-timestamp": String(NOW), "svix-signature": order } as unknown as Record<string, string>, { signingSecret: secret })).ok).toBe(true);
    }
    const onlyBad = new Headers({ "svix-id": "msg_1", "svix-timestamp": String(NOW) });
    onlyBad.append("svix-signature", bad);
    onlyBad.append("svix-signature", bad);
    const refused = await verifyWebhook(body, onlyBad, { signingSecret: secret });
    expect(refused.ok ? undefined : refused.error.reason).toBe("no-matching-signature");
  });
});
