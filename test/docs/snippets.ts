// Finds the TypeScript snippets of the documentation and lays them out as files of a scratch
// project, following the convention described in the README's "Contributing" section:
//
//   - every ```ts (or ```typescript) fence of README.md and docs/*.md is a snippet, compiled as a
//     module of its own;
//   - an HTML comment on the line above the fence configures it:
//       <!-- snippet: uses=core,usersList run -->
//     `uses=` lists names the fragment takes for granted, imported from test/docs/prelude/prelude.ts;
//     `run` executes it (tsx, or vitest for a `*.test.ts` file) on the in-memory emulator;
//   - a snippet whose first line is a `// some/path.ts` comment is written to that path, so a later
//     snippet of the same page can import it (`import { createApp } from "../src/app.js"`).
import { readFileSync, readdirSync } from "node:fs";
import { basename, join, posix } from "node:path";

export interface Snippet {
  /** The markdown file, relative to the repo root (README.md, docs/TESTING.md). */
  readonly doc: string;
  /** 1-based line of the snippet's first code line in the markdown file. */
  readonly line: number;
  readonly code: string;
  readonly uses: readonly string[];
  readonly run: boolean;
  /** Where the snippet goes in the scratch project, relative to its root (posix separators). */
  readonly file: string;
}

const FENCE_OPEN = /^(\s*)```(ts|typescript)\s*$/;
const FENCE_CLOSE = /^\s*```\s*$/;
const MARKER = /^\s*<!--\s*snippet:(.*?)-->\s*$/;
const PATH_COMMENT = /^\/\/\s*([\w./-]+\.tsx?)\s*$/;

/** README.md and every docs/*.md, relative to `root`. */
export function documentationFiles(root: string): string[] {
  const docs = readdirSync(join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `docs/${f}`);
  return ["README.md", ...docs];
}

/** The snippets of one markdown text. Throws on a marker it does not understand. */
export function extractSnippets(doc: string, markdown: string): Snippet[] {
  const lines = markdown.split("\n");
  const snippets: Snippet[] = [];
  const folder = basename(doc, ".md");
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE_OPEN.exec(lines[i]!);
    if (!open) {
      // Skip other fences whole, so a ```ts inside a ```md example is not taken for a snippet.
      if (/^\s*```/.test(lines[i]!)) {
        do i++;
        while (i < lines.length && !FENCE_CLOSE.test(lines[i]!));
      }
      continue;
    }
    const indent = open[1]!.length;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !FENCE_CLOSE.test(lines[end]!)) end++;
    if (end === lines.length) throw new Error(`${doc}:${i + 1}: unclosed \`\`\`ts fence`);
    const code = lines
      .slice(start, end)
      .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))
      .join("\n");
    const options = parseMarker(doc, i, lines);
    const named = PATH_COMMENT.exec(code.split("\n")[0] ?? "")?.[1];
    snippets.push({
      doc,
      line: start + 1,
      code,
      uses: options.uses,
      run: options.run,
      file: posix.join(folder, named ?? `snippet-${start + 1}.ts`),
    });
    i = end;
  }
  return snippets;
}

/** The `<!-- snippet: … -->` comment above the fence at `fenceIndex` (blank lines may separate them). */
function parseMarker(doc: string, fenceIndex: number, lines: readonly string[]): { uses: string[]; run: boolean } {
  let j = fenceIndex - 1;
  while (j >= 0 && lines[j]!.trim() === "") j--;
  const marker = j >= 0 ? MARKER.exec(lines[j]!) : null;
  const result = { uses: [] as string[], run: false };
  if (!marker) return result;
  for (const word of marker[1]!.trim().split(/\s+/).filter(Boolean)) {
    if (word === "run") result.run = true;
    else if (word.startsWith("uses=")) result.uses = word.slice("uses=".length).split(",").filter(Boolean);
    else throw new Error(`${doc}:${j + 1}: unknown snippet option "${word}" (known: uses=a,b and run)`);
  }
  return result;
}

/** Every snippet of the repo's documentation. */
export function repoSnippets(root: string): Snippet[] {
  return documentationFiles(root).flatMap((doc) => extractSnippets(doc, readFileSync(join(root, doc), "utf8")));
}

/**
 * The file's text: one line importing the names the snippet uses from the prelude (always, so the
 * prelude's emulator is in place before a snippet runs), then the snippet itself. Line N of the
 * snippet is line N + 1 of the file.
 */
export function snippetSource(snippet: Snippet, preludeFile: string): string {
  let spec = posix.relative(posix.dirname(snippet.file), preludeFile.replace(/\.ts$/, ".js"));
  if (!spec.startsWith(".")) spec = `./${spec}`;
  const head = snippet.uses.length > 0 ? `import { ${snippet.uses.join(", ")} } from "${spec}";` : `import "${spec}";`;
  return `${head}\n${snippet.code}\n`;
}

/** Maps a line of the generated file back to the markdown (`README.md:42`). */
export function docLocation(snippet: Snippet, fileLine: number): string {
  return `${snippet.doc}:${snippet.line + fileLine - 2}`;
}
