// The whole build, each step timed: npm run build (node --import tsx scripts/build.ts: tsx's loader in
// the build's own process, without the extra process its command line starts)
//   1. content   the gate checks every file and hands the documents to Contentlayer
//   2. pages     React renders the App Router pages to out/ (lib/build/pages-step.ts)
//   3. export    the files made per meetup (calendars, old addresses, link previews) are written beside them,
//                the framework's client runtime is taken out, Pagefind indexes the pages for search, and the
//                result is checked
import { runEntry } from "../lib/build/entry";

runEntry(async () => (await import("../lib/build/build-command")).buildCommand());
