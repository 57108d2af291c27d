#!/usr/bin/env node
/// <reference types="node" />
// `clerk-fn emulator [--port 4010] [--host 127.0.0.1] [--seed seed.json] [--secret-key sk_test_…]`:
// the in-memory Clerk Backend API as an HTTP server, for tests in any language and browser
// end-to-end runs. Plain ESM on the consumer's Node (>= 22); no TypeScript runner needed.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { toNodeHandler } from "../node/handler.js";
import { createClerkEmulator } from "../testing/emulator.js";
import { CONTROL_PREFIX, emulatorHandler } from "../testing/server.js";
import type { ClerkEmulatorOptions } from "../testing/types.js";

const USAGE = `Usage: clerk-fn emulator [options]

Serves the clerk-fn emulator (an in-memory Clerk Backend API) over HTTP.

Options:
  --port <n>          Port to listen on (default 4010; 0 picks a free one)
  --host <address>    Address to bind (default 127.0.0.1)
  --seed <file.json>  Initial state: { "users": [...], "organizations": [...], "seed": 1, ... }
  --secret-key <key>  The only secret key accepted (default: any sk_test_/sk_live_ key)
  -h, --help          Show this help
`;

/** Seed file keys passed to createClerkEmulator (JSON-representable options only). */
const SEED_KEYS = ["users", "organizations", "seed", "secretKey", "issuer", "roles", "webhookSigningSecret"] as const;

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        port: { type: "string", default: "4010" },
        host: { type: "string", default: "127.0.0.1" },
        seed: { type: "string" },
        "secret-key": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (positionals[0] !== "emulator" || positionals.length > 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be a port number (0-65535), got ${values.port}\n`);
    return 2;
  }

  let options: ClerkEmulatorOptions = {};
  if (values.seed !== undefined) {
    const seed = await readSeed(values.seed);
    if (typeof seed === "string") {
      process.stderr.write(`${seed}\n`);
      return 2;
    }
    options = seed;
  }
  if (values["secret-key"] !== undefined) options = { ...options, secretKey: values["secret-key"] };

  let emulator;
  try {
    emulator = createClerkEmulator(options);
  } catch (error) {
    process.stderr.write(`The seed was refused: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }

  const server = createServer(toNodeHandler(emulatorHandler(emulator)));
  const listening = await new Promise<string | undefined>((resolve) => {
    server.once("error", (error) => resolve(error.message));
    server.listen(port, values.host, () => resolve(undefined));
  });
  if (listening !== undefined) {
    process.stderr.write(`Cannot listen on ${values.host}:${port}: ${listening}\n`);
    return 1;
  }
  const address = server.address();
  const actualPort = typeof address === "object" && address !== null ? address.port : port;
  const host = values.host.includes(":") ? `[${values.host}]` : values.host;
  const url = `http://${host}:${actualPort}`;
  process.stdout.write(
    [
      `Clerk emulator listening on ${url}`,
      `  CLERK_API_URL=${url}/v1`,
      `  CLERK_SECRET_KEY=${emulator.secretKey}`,
      `  CLERK_WEBHOOK_SIGNING_SECRET=${emulator.webhookSigningSecret}`,
      `  JWKS: ${url}/v1/jwks (with the secret key) or ${url}/.well-known/jwks.json`,
      `  Control: POST ${CONTROL_PREFIX}/reset, POST ${CONTROL_PREFIX}/session_token {"userId":"user_…"}, GET ${CONTROL_PREFIX}/info`,
      "",
    ].join("\n"),
  );

  return await new Promise<number>((resolve) => {
    const stop = (signal: string): void => {
      process.stdout.write(`${signal}: shutting down\n`);
      server.close(() => resolve(0));
      // Keep-alive clients would hold close() open: idle ones go now, busy ones after a grace period.
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 2000).unref();
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  });
}

/** The seed file as emulator options, or a message saying what is wrong with it. */
async function readSeed(file: string): Promise<ClerkEmulatorOptions | string> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return `Cannot read the seed file ${file}: ${error instanceof Error ? error.message : String(error)}`;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return `The seed file ${file} is not JSON.`;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return `The seed file ${file} must hold a JSON object.`;
  const unknown = Object.keys(json).filter((key) => !(SEED_KEYS as readonly string[]).includes(key));
  if (unknown.length > 0) return `Unknown key(s) in the seed file ${file}: ${unknown.join(", ")} (known: ${SEED_KEYS.join(", ")}).`;
  const seed = json as Record<string, unknown>;
  for (const key of ["users", "organizations"]) {
    if (seed[key] !== undefined && !Array.isArray(seed[key])) return `"${key}" in the seed file must be a list.`;
  }
  return seed as ClerkEmulatorOptions;
}

process.exitCode = await main(process.argv.slice(2));
