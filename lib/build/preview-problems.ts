import fs from "node:fs";
import path from "node:path";
import type { Problem } from "../content/problems";

/**
 * The problems of the preview's last save, for the banner on its pages
 * (components/PreviewProblems.tsx). The page imports the file, so that next dev
 * shows a refused save, and the fix, as it shows any other change. Every content
 * step writes it, empty when all is well, so that the import always resolves.
 */
const FILE = ".build/preview-problems.json";

export function writePreviewProblems(problems: Problem[]): void {
  const text = JSON.stringify(problems);
  // Written only when it changes: each write is a reload of the page in the browser.
  if (fs.existsSync(FILE) && fs.readFileSync(FILE, "utf8") === text) return;
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  fs.writeFileSync(FILE, text);
}
