import fs from "node:fs";
import path from "node:path";
import { byteSize } from "./limits";
import { HARD_LINK } from "./files";
import { sourcePathOf } from "./paths";
import type { Problem } from "./problems";
import { publicPathProblem } from "./site-paths";
import { MAX_SVG_BYTES, svgProblem } from "./svg";

// public/ is copied to the site as it is, so it is checked with the content: no link (it would publish whatever
// it leads to, /etc/passwd too), no page or script, and no SVG that can run script or load from elsewhere.

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * What a browser may open as a page or run as a script: unchecked, it would run as the site's own. Static hosts
 * type a file by its extension (GitHub Pages by mime-db's list): these are served as HTML, XML or scripts.
 */
const RUNS =
  /\.(s?html?|xht(ml)?|mht(ml)?|xml|xslt?|xsd|rng|dtd|rss|atom|rdf|owl|math(ml)?|mml|xul|xbl|gpx|kml|smil?|xlf|xliff|wsdl|xspf|ttml|xaml|opml|[mc]?js|jsx)$/i;

// The preview checks public/ again on every save: an SVG that hasn't changed isn't read again.
const checked = new Map<string, { key: string; problem?: string }>();

function svgFileProblem(file: string, stat: fs.Stats): string | undefined {
  const key = `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
  const known = checked.get(file);
  if (known?.key === key) return known.problem;
  let problem: string | undefined;
  if (stat.size > MAX_SVG_BYTES)
    problem = `expected an SVG of at most ${byteSize(MAX_SVG_BYTES)}, got ${byteSize(stat.size)}`;
  else {
    try {
      problem = svgProblem(utf8.decode(fs.readFileSync(file)));
    } catch {
      problem = "expected an SVG in UTF-8, but the file has bytes that aren't: save it as UTF-8";
    }
  }
  checked.set(file, { key, ...(problem !== undefined && { problem }) });
  return problem;
}

/** Why a file of public/ can't be published as it is, by its kind and what it holds. */
function contentProblem(name: string, file: string, folder: string): string | undefined {
  if (RUNS.test(name)) {
    return `expected no page or script: ${folder} is published as it is, and a browser would run this at the site's own address; pages come from content/`;
  }
  if (/\.svgz$/i.test(name)) return "expected a plain .svg, got a compressed .svgz: save it as .svg";
  const problem = /\.svg$/i.test(name) ? svgFileProblem(file, fs.statSync(file)) : undefined;
  return problem && `${problem}: an SVG is published as it is, and opened on its own it would run on the site`;
}

/** Every problem with what `publicDir` holds, each naming the file; `meetups` are the slugs, whose pages' folders are the site's. */
export function checkPublicFolder(publicDir: string, meetups: Iterable<string>): Problem[] {
  const problems: Problem[] = [];
  const shown = (rel: string) => sourcePathOf(publicDir, rel);
  const fail = (rel: string, message: string) => problems.push({ file: shown(rel), field: "file", message });
  const root = fs.lstatSync(publicDir, { throwIfNoEntry: false });
  if (!root) return problems;
  if (root.isSymbolicLink() || !root.isDirectory()) {
    fail("", "expected a folder, got a link or a file: it is copied to the site as it is");
    return problems;
  }
  const walk = (rel: string) => {
    const entries = fs
      .readdirSync(path.join(publicDir, rel), { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      const absolute = path.join(publicDir, relPath);
      if (entry.isSymbolicLink()) {
        fail(
          relPath,
          `expected a file or a folder, got a link: ${shown("")} is published as it is, and a link would publish whatever it leads to; put the file itself here`,
        );
      } else if (entry.isDirectory()) walk(relPath);
      else if (!entry.isFile())
        fail(relPath, "expected a file or a folder, got something else (a pipe, a socket or a device)");
      else if (fs.lstatSync(absolute).nlink > 1) fail(relPath, HARD_LINK);
      else {
        const problem = publicPathProblem(relPath, meetups) ?? contentProblem(entry.name, absolute, shown(""));
        if (problem) fail(relPath, problem);
      }
    }
  };
  walk("");
  return problems;
}

/**
 * The group's logo, `icon.svg` in its public folder: the icon of every page (written into it) and of the feeds.
 * Checked with the settings, as a file every site must have, not with each content folder.
 */
export function siteIconProblems(publicDir: string): Problem[] {
  const file = path.join(publicDir, "icon.svg");
  if (fs.lstatSync(file, { throwIfNoEntry: false })?.isFile()) return [];
  return [
    {
      file: sourcePathOf(publicDir, "icon.svg"),
      field: "file",
      message: "expected the group's logo, an SVG: it is the icon of every page and feed",
    },
  ];
}
