import { messageShown, type Problem } from "../content/problems";
import { writeChanged } from "./bridge";

/**
 * The problems of the preview's last save, which the pages import so that next dev shows a refused save as any
 * other change. Written empty when all is well, so that the import always resolves.
 */
const FILE = ".build/preview-problems.json";

export function writePreviewProblems(problems: Problem[]): void {
  writeChanged(FILE, JSON.stringify(problems.map((p) => ({ ...p, message: messageShown(p.message) }))));
}
