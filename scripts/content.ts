// The organizers' content, through the one gate (lib/content):
//   tsx scripts/content.ts check     check every file, print every problem, exit 1 on any
//   tsx scripts/content.ts build     check, then hand the documents to Contentlayer (the build's first step)
//   tsx scripts/content.ts dev       the same for the preview, again on every save, with `next dev` beside it
import { createContentlayer } from "../lib/build/contentlayer";
import { runEntry } from "../lib/build/entry";

const args = process.argv.slice(2);
// Started first: Contentlayer loads in its own thread while this one loads the gate's modules.
const contentlayer = args[0] === "build" || args[0] === "dev" ? createContentlayer() : undefined;
runEntry(async () => (await import("../lib/build/content-command")).contentCommand(args, contentlayer));
