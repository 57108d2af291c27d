// Starts and stops Stoplight Prism (`prism mock`, a devDependency) on loopback for the conformance
// suite: a free port, readiness by polling, the whole process group killed on stop. Nothing has
// to be started by hand; `npm ci` installs Prism.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";

export interface Prism {
  readonly url: string;
  readonly pid: number;
  /** The last lines Prism wrote, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

/** The Prism CLI entry point, resolved from the installed package (run with this Node). */
function prismCli(): string {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve("@stoplight/prism-cli/package.json");
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as { bin: string | Record<string, string> };
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin["prism"]!;
  return join(dirname(pkgPath), bin);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the group: Prism and anything it forked
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

/**
 * `prism mock <spec> -p <port> -h 127.0.0.1` in static mode (dynamic answers are asked per request
 * with `Prefer: dynamic=true`), without `--errors`. Resolves once Prism answers HTTP.
 */
export async function startPrism(specFile: string, extraArgs: readonly string[] = [], readyTimeoutMs = 90_000): Promise<Prism> {
  const cli = prismCli();
  let lastError = "";
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      [cli, "mock", specFile, "-p", String(port), "-h", "127.0.0.1", "-v", "warn", ...extraArgs],
      { detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NODE_ENV: "test", FORCE_COLOR: "0" } },
    );
    let tail = "";
    const keep = (chunk: Buffer): void => {
      tail = (tail + chunk.toString("utf8")).slice(-8_000);
    };
    child.stdout!.on("data", keep);
    child.stderr!.on("data", keep);
    // Should this process end without stop() (a crashed worker), take Prism down with it.
    const onExit = (): void => killGroup(child, "SIGKILL");
    process.once("exit", onExit);
    const exited = new Promise<void>((resolve) =>
      child.once("exit", () => {
        process.removeListener("exit", onExit);
        resolve();
      }),
    );
    const url = `http://127.0.0.1:${port}`;
    const stop = async (): Promise<void> => {
      killGroup(child, "SIGTERM");
      const done = await Promise.race([exited.then(() => true), sleep(3_000).then(() => false)]);
      if (!done) {
        killGroup(child, "SIGKILL");
        await Promise.race([exited, sleep(2_000)]);
      }
    };
    const started = Date.now();
    while (Date.now() - started < readyTimeoutMs && child.exitCode === null && child.signalCode === null) {
      try {
        const res = await fetch(`${url}/__prism_ready`, { signal: AbortSignal.timeout(1_000) });
        await res.body?.cancel();
        return { url, pid: child.pid!, log: () => tail, stop };
      } catch {
        await sleep(150);
      }
    }
    lastError = tail;
    await stop();
  }
  throw new Error(`Prism did not start:\n${lastError}`);
}
