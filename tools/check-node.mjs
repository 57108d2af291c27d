// Runs first in `npm start` and `npm test`, on whichever `node` npm put first on PATH: the Node 24
// that `npm ci` installed from this workspace (tools/package.json) on the platforms npm has a
// binary package for, otherwise the machine's own. Plain JavaScript for any Node version, so the
// failure is this message rather than a syntax error deep inside a tool.
const major = Number(process.versions.node.split(".")[0]);
if (major < 22) {
  const platform = `${process.platform}-${process.arch}`;
  const provided = ["linux-x64", "linux-arm64", "darwin-x64", "win32-x64"].includes(platform);
  console.error(
    [
      `clerk-fn's scripts need Node >= 22; they are running on Node ${process.versions.node} (${process.execPath}).`,
      provided
        ? "`npm ci` installs Node 24 for " + platform + " into node_modules/.bin: run `npm ci`, then this command again."
        : "npm has no Node 24 binary package for " + platform + ": install Node 22 or newer on this machine, then run this command again.",
    ].join("\n"),
  );
  process.exit(1);
}
