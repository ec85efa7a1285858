// The organizers' content, through the one gate (lib/content):
//   tsx scripts/content.ts check     check every file, print every problem, exit 1 on any
//   tsx scripts/content.ts build     check, then hand the documents to Contentlayer (the build's first step)
//   tsx scripts/content.ts dev       the same for the preview, again on every save, with `next dev` beside it
import { runEntry } from "../lib/build/entry";

runEntry(async () => (await import("../lib/build/content-command")).contentCommand(process.argv.slice(2)));
