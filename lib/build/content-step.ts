import { damagedPhotos } from "../content/images";
import { loadContent, type LoadedContent } from "../content/load";
import { settingsDrawableProblems } from "../content/drawable";
import { siteIconProblems } from "../content/public-folder";
import { readSiteSettings, settingsFile } from "../content/settings";
import { site } from "../site/config";
import type { Problem } from "../content/problems";
import type { SiteSettings } from "../content/schema";
import { writeBridge, writeChanged } from "./bridge";
import type { Contentlayer } from "./contentlayer";
import { readHistory } from "./history";

export interface ContentStepResult {
  problems: Problem[];
  meetups: number;
  speakers: number;
  documents?: number;
}

interface ContentStepOptions {
  dir: string;
  publicDir?: string;
  publish: boolean;
}

/** A warning is said once per process, not on every save of the preview. */
const said = new Set<string>();

/**
 * The gate reads and checks the settings and every file; when all of them pass,
 * each meetup gets its revision from git (lib/build/history.ts).
 */
export function contentDocuments(options: ContentStepOptions): LoadedContent & { settings: SiteSettings } {
  // Read on every run, not once: the preview follows a save of site.yml as it does one of content/.
  const { settings = site, problems } = readSiteSettings(settingsFile());
  const loaded = loadContent(options.dir, {
    publicDir: options.publicDir,
    editing: !options.publish,
    timeZone: settings.timeZone,
    jekyllPermalink: settings.jekyllPermalink,
  });
  loaded.problems.push(
    ...problems,
    ...settingsDrawableProblems(settings),
    ...siteIconProblems(options.publicDir ?? "public"),
  );
  if (loaded.problems.length > 0) return { ...loaded, settings };
  const history = readHistory(options.dir, loaded.meetups, settings.timeZone);
  if (history.problem) loaded.problems.push(history.problem);
  if (history.warning && !said.has(history.warning)) {
    said.add(history.warning);
    console.warn(`Warning: ${history.warning}`);
  }
  return { ...loaded, meetups: history.meetups, settings };
}

/**
 * The content step of every path (build, preview): only when every file
 * passes are its documents handed to Contentlayer. A published build leaves
 * drafts out, so no page can show one.
 */
export async function runContentStep(
  options: ContentStepOptions & { contentlayer: Contentlayer },
): Promise<ContentStepResult> {
  const { meetups, speakers, pages, problems, settings } = contentDocuments(options);
  if (problems.length === 0) problems.push(...(await damagedPhotos(meetups, options.publicDir ?? "public")));
  const result: ContentStepResult = { problems, meetups: meetups.length, speakers: speakers.length };
  if (problems.length > 0) return result;
  const published = options.publish ? meetups.filter((m) => !m.draft) : meetups;
  writeBridge({ meetups: published, speakers, pages });
  // What next dev reads as the settings (lib/site/config.ts).
  if (!options.publish) writeChanged(".build/site.json", JSON.stringify(settings));
  result.documents = await options.contentlayer.generate();
  return result;
}
