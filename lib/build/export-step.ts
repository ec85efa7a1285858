import fs from "node:fs";
import path from "node:path";
import type { Meetup, Speaker } from "contentlayer/generated";
import { createCatalog } from "../catalog";
import { writeCalendarFiles, writeOldAddresses } from "./export-files";

/** The documents Contentlayer generated, as the pages read them (outside Next, which bundles its import). */
export function generatedDocuments(dir = ".contentlayer/generated"): { meetups: Meetup[]; speakers: Speaker[] } {
  const read = <T>(type: string) => JSON.parse(fs.readFileSync(path.join(dir, type, "_index.json"), "utf8")) as T[];
  return { meetups: read<Meetup>("Meetup"), speakers: read<Speaker>("Speaker") };
}

/** What the build adds to Next's export in out/: the files made per meetup. */
export function exportStep(outDir: string): void {
  const { meetups, speakers } = generatedDocuments();
  const catalog = createCatalog(meetups, speakers, { publish: true });
  writeCalendarFiles(outDir, catalog.allMeetups(), catalog.meetupSpeakers);
  writeOldAddresses(outDir, catalog.allMeetups());
}
