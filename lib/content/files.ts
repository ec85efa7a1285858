import fs from "node:fs";
import path from "node:path";
import { fileSizeProblem } from "./limits";
import { MARKDOWN_FILE, PAGE_FILES, SLUG, slugFromPath, sourcePathOf } from "./paths";
import type { Problem } from "./problems";

// Which files of the content folder are read. Any other file there is an error, not a silence (CONTENT.md,
// "What the build refuses").

export interface ContentFile {
  /** Relative to the content folder, with forward slashes. */
  relPath: string;
  text: string;
}

interface ListedContent {
  /** The files to read, each valid UTF-8 text. */
  files: ContentFile[];
  /** Regular files whose name is refused, read anyway so that their other problems show in the same run. */
  misnamed: ContentFile[];
  problems: Problem[];
}

const MAX_SLUG_BYTES = 200;

/** Git's placeholder for an empty folder, and what macOS and Windows write into a folder opened: not content. */
const PLACEHOLDERS = new Set([".gitkeep", ".DS_Store", "Thumbs.db", "desktop.ini"]);
// Git's own: a content folder may be a repository of its own, or a submodule (whose .git is a file).
const GIT_FILES = new Set([".git", ".gitignore", ".gitattributes"]);

const utf8 = new TextDecoder("utf-8", { fatal: true });

export const HARD_LINK =
  "expected a file of its own, got a hard link to a file that may be anywhere on the disk: copy the file here instead";

/** Why a file's name (`relPath` in the content folder) can't be a page, or undefined when it can. */
export function fileNameProblem(relPath: string): string | undefined {
  const name = path.posix.basename(relPath);
  const ext = /\.[^.]*$/.exec(name)?.[0] ?? "";
  if (/^\.(md|markdown)$/i.test(ext) && !MARKDOWN_FILE.test(name)) {
    return `expected the extension in lower case: rename it to ${JSON.stringify(name.slice(0, -ext.length) + ext.toLowerCase())}`;
  }
  if (!MARKDOWN_FILE.test(name)) {
    return "expected a .md or .markdown file: only Markdown files are read from content/meetups/ and content/speakers/";
  }
  const slug = slugFromPath(relPath);
  if (!SLUG.test(slug)) {
    return `expected a name made of letters, digits, "-", "_" and "." (it becomes the page's address), got ${JSON.stringify(name)}; rename it, e.g. with "-" for spaces`;
  }
  // Names the export keeps for itself: Next's (_not-found, the _none placeholder) and a folder's index.html.
  if (slug.startsWith("_"))
    return `expected a name that doesn't start with "_", which the site keeps for its own pages, got ${JSON.stringify(name)}`;
  if (/^index\./i.test(slug))
    return `expected a name other than ${JSON.stringify(slug)}, which is the name of a folder's own page`;
  // The build's files are named after it, with more around it, where file systems hold 255 bytes.
  const bytes = Buffer.byteLength(slug);
  if (bytes > MAX_SLUG_BYTES) {
    return `expected a name of at most ${MAX_SLUG_BYTES} bytes (about 200 Latin or 100 Hebrew letters), got ${bytes}: shorten it; the title can stay long`;
  }
  return undefined;
}

/** A file's text, read as the gate reads it: a regular file (not a link), in UTF-8. */
export function readContentFile(absolute: string): { text?: string; problem?: string } {
  const stat = fs.lstatSync(absolute, { throwIfNoEntry: false });
  if (!stat) return { problem: "expected a file, but there is none" };
  if (stat.isSymbolicLink()) return { problem: "expected a file, got a link: links are not followed" };
  if (!stat.isFile()) return { problem: "expected a file" };
  // A hard link is one file under two names, the other anywhere on the disk: Git keeps none.
  if (stat.nlink > 1) return { problem: HARD_LINK };
  // Before it is read: a huge file is refused at once, whatever is in it.
  const tooBig = fileSizeProblem(stat.size);
  if (tooBig) return { problem: tooBig };
  const bytes = fs.readFileSync(absolute);
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const hint = bytes[0] === 0xff || bytes[0] === 0xfe ? " (it looks like UTF-16)" : "";
    return { problem: `expected text in UTF-8, but the file has bytes that aren't${hint}: save it as UTF-8` };
  }
}

// What editors keep beside a file while it is open (swap, lock, backup files): the preview passes over them; a
// build, which reads a checkout, refuses them.
const EDITOR_FILE = /^(\..+\.sw[a-p]|\.#.+|#.+#|.+~|4913|.+___jb_(tmp|old)___)$/;

const EXPECTED_HERE = `expected only the folders meetups/ and speakers/ and the file ${PAGE_FILES.join(", ")} here`;

/** Why a file at the top of the content folder isn't read, with the name it was probably meant to have. */
function topFileProblem(name: string): string {
  const meant = PAGE_FILES.find((page) => {
    const stem = (n: string) =>
      n
        .toLowerCase()
        .replace(/\.(md|markdown)$/, "")
        .replace(/[^a-z0-9]/g, "");
    return stem(page) === stem(name);
  });
  return meant ? `${EXPECTED_HERE}: rename it to ${JSON.stringify(meant)}` : EXPECTED_HERE;
}

/**
 * Lists the content folder without following links: every file under meetups/ and speakers/, and each page
 * beside them, is read or named in a problem.
 */
export function listContent(dir: string, { editing = false } = {}): ListedContent {
  const out: ListedContent = { files: [], misnamed: [], problems: [] };
  const fail = (rel: string, message: string, field = "file name") =>
    out.problems.push({ file: sourcePathOf(dir, rel), field, message });

  const root = fs.lstatSync(dir, { throwIfNoEntry: false });
  // No folder at all is a wrong CONTENT_DIR or a moved folder, not a site without meetups: those keep the folder.
  if (!root || !(root.isDirectory() || root.isSymbolicLink())) {
    fail(
      "",
      `expected the content folder, holding meetups/ and speakers/: found ${root ? "a file" : "nothing"} here`,
      "folder",
    );
    return out;
  }
  if (root.isSymbolicLink()) {
    fail("", "expected a folder, got a link: links are not followed, so nothing in it would be read", "folder");
    return out;
  }

  const walk = (rel: string) => {
    const entries = fs
      .readdirSync(path.join(dir, rel), { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      const inSection = /^(meetups|speakers)(\/|$)/.test(relPath);
      if (entry.isFile() && (PLACEHOLDERS.has(entry.name) || (editing && EDITOR_FILE.test(entry.name)))) continue;
      if ((entry.isFile() || entry.isDirectory()) && GIT_FILES.has(entry.name)) continue;
      if (entry.isSymbolicLink()) {
        fail(
          relPath,
          `expected a file or a folder, got a link: links are not followed; put the ${entry.name} itself here`,
        );
      } else if (entry.name.startsWith(".")) {
        fail(
          relPath,
          `expected a visible name: "${entry.name}" starts with "." and would not be read; rename it or remove it`,
        );
      } else if (entry.isDirectory()) {
        if (!rel && !inSection) {
          fail(relPath, EXPECTED_HERE);
          continue;
        }
        // A folder's name is part of the file's path in "Edit this page" and in messages.
        if (rel && !SLUG.test(entry.name)) {
          fail(
            relPath,
            `expected a folder name made of letters, digits, "-", "_" and ".", got ${JSON.stringify(entry.name)}; rename it`,
          );
          continue;
        }
        walk(relPath);
      } else if (!entry.isFile()) {
        fail(relPath, "expected a file or a folder, got something else (a pipe, a socket or a device)");
      } else if (!rel && (PAGE_FILES as readonly string[]).includes(entry.name)) {
        const { text, problem } = readContentFile(path.join(dir, relPath));
        if (problem) fail(relPath, problem, "file");
        else if (text !== undefined) out.files.push({ relPath, text });
      } else if (!inSection) {
        // Only the top of the folder holds anything else: walk() enters no other folder.
        fail(relPath, topFileProblem(entry.name));
      } else {
        const nameProblem = fileNameProblem(relPath);
        const isMarkdownLike = /\.(md|markdown)$/i.test(entry.name);
        if (nameProblem) fail(relPath, nameProblem);
        if (nameProblem && !isMarkdownLike) continue;
        const { text, problem } = readContentFile(path.join(dir, relPath));
        if (problem) fail(relPath, problem, "file");
        else if (text !== undefined) (nameProblem ? out.misnamed : out.files).push({ relPath, text });
      }
    }
  };
  walk("");
  return out;
}
