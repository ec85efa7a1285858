// Upgrades legacy Jekyll posts in place to the structured form of the content contract:
//   npm run upgrade -- content/meetups/2016-07-12-breaking-the-wall.markdown [more files]
// Each file is read and checked by the content gate, as the build reads it, and so is what it would become.
import fs from "node:fs";
import path from "node:path";
import { runEntry } from "../lib/build/entry";
import { readContentFile } from "../lib/content/files";
import { contentDir, kindFromPath, publicDir } from "../lib/content/paths";
import { formatProblem } from "../lib/content/problems";

runEntry(async () => {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error("usage: npm run upgrade -- <legacy post> [more posts]");
    return 2;
  }
  // Loaded here, so that a problem in the site's settings is reported like one.
  const { upgradeLegacyPost } = await import("../lib/content/upgrade");
  const { problemsOfWriting } = await import("../lib/content/load");
  let failed = false;
  for (const file of files) {
    try {
      const { text, problem } = readContentFile(file);
      if (text === undefined) throw new Error(formatProblem({ file, field: "file", message: problem ?? "unreadable" }));
      // Only a meetup's file is a post to upgrade: README.md is "already in the structured form" too.
      const inContent = path.relative(contentDir(), file).split(path.sep).join("/");
      if (kindFromPath(inContent) !== "meetup") {
        const message = `expected a meetup's file, in ${contentDir()}/meetups/`;
        throw new Error(formatProblem({ file, field: "file", message }));
      }
      const result = upgradeLegacyPost(text, file, { publicDir: publicDir() });
      if (result.changed) {
        // What the build would refuse in the upgraded file, or in another because of it, is not written.
        const problems = problemsOfWriting(
          contentDir(),
          { relPath: inContent, text: result.text },
          { publicDir: publicDir(), render: false },
        );
        if (problems.length > 0) throw new Error(`cannot upgrade ${file}:\n${problems.map(formatProblem).join("\n")}`);
        fs.writeFileSync(file, result.text);
      }
      console.log(`${file}: ${result.changed ? "upgraded" : "unchanged"}`);
      for (const note of result.notes) console.log(`  - ${note}`);
    } catch (error) {
      failed = true;
      console.error(error instanceof Error ? error.message : String(error));
    }
  }
  return failed ? 1 : 0;
});
