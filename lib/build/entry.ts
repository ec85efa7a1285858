import { ContentError, firstProblems, formatProblems, githubAnnotation, type Problem } from "../content/problems";

// Nothing here may read the site's settings: a settings file with a problem must be reported like any content
// file, not crash the command before it can say so.

/** Every problem, as file: field: message, and as annotations on GitHub Actions. */
export function reportProblems(problems: Problem[], outcome = ""): void {
  console.error(formatProblems(problems));
  if (process.env.GITHUB_ACTIONS === "true")
    for (const p of firstProblems(problems).shown) console.log(githubAnnotation(p));
  console.error(`\nFix the file${new Set(problems.map((p) => p.file)).size === 1 ? "" : "s"} above${outcome}.`);
}

/**
 * Runs a command that loads what it needs inside, so that a broken settings file is reported, not thrown while
 * modules load. An organizer never sees a stack trace.
 */
export function runEntry(command: () => Promise<number>): void {
  // Failed until the command says otherwise: a build whose work never settles must not end as a success.
  process.exitCode = 1;
  command().then((code) => {
    process.exitCode = code;
  }, reportFailure);
}

/** A failure as an organizer should see it: their files' problems, or one line about the site's own code. */
export function reportFailure(error: unknown): void {
  if (error instanceof ContentError) reportProblems(error.problems);
  else
    console.error(
      `The site's own code failed (not a problem in your files): ${error instanceof Error ? error.message : String(error)}`,
    );
}
