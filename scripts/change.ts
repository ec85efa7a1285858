// When plans change: rewrites a meetup's file and checks it as the build would (docs/content.md, "When plans change").
//   npm run change -- <slug> cancel [--note "..."]
//   npm run change -- <slug> postpone [--note "..."]
//   npm run change -- <slug> move --date 2027-03-16T19:00 [--note "..."]
//   npm run change -- <slug> online --url https://... [--note "..."]
//   npm run change -- <slug> restore
import { parseArgs } from "node:util";
import { runEntry } from "../lib/build/entry";

const USAGE = `usage: npm run change -- <slug> cancel|postpone|move|online|restore [--date <new date>] [--url <link>] [--note "..."]`;

runEntry(async () => {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { date: { type: "string" }, url: { type: "string" }, note: { type: "string" } },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const [slug, action, ...extra] = args.positionals;
  if (!slug || !action || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  // Loaded here, so that a problem in the site's settings is reported like one.
  const { changeMeetup, ChangeRefused } = await import("../lib/content/change");
  const { contentDir, publicDir } = await import("../lib/content/paths");
  const { site } = await import("../lib/site/config");
  const { meetupPath } = await import("../lib/site/urls");
  try {
    const change = changeMeetup(contentDir(), slug, action, args.values, {
      publicDir: publicDir(),
      timeZone: site.timeZone,
    });
    console.log(`Changed ${change.file}:`);
    for (const line of change.said) console.log(`  ${line}`);
    console.log(
      `It passes the content check. Once it is pushed, ${meetupPath(change.slug)}, the feeds and the calendars say so.`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof ChangeRefused)) throw error;
    console.error(error.message);
    return 1;
  }
});
