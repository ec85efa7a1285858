import { messageShown, type Problem } from "../content/problems";
import { writeChanged } from "./bridge";

/**
 * The problems of the preview's last save, for the banner on its pages
 * (components/PreviewProblems.tsx). The page imports the file, so that next dev
 * shows a refused save, and the fix, as it shows any other change. Every content
 * step writes it, empty when all is well, so that the import always resolves.
 */
const FILE = ".build/preview-problems.json";

export function writePreviewProblems(problems: Problem[]): void {
  writeChanged(FILE, JSON.stringify(problems.map((p) => ({ ...p, message: messageShown(p.message) }))));
}
