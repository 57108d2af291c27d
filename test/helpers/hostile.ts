// Misbehaving answers shared by the loopback-server tests (test/core, test/auth).
import type { ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";

/** ~64 KB of gzip that inflates to 64 MB of spaces. */
export const gzipBomb: Buffer = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));

/** A 200 JSON answer streaming 64 MB of spaces, written as fast as the client reads. */
export function sendHuge(res: ServerResponse): void {
  res.writeHead(200, { "content-type": "application/json" });
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let sent = 0;
  const pump = (): void => {
    while (sent < 64 * 1024 * 1024 && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once("drain", pump);
    }
    res.end();
  };
  pump();
}
