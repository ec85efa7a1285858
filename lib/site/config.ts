import { ContentError } from "../content/problems";
import { readSiteSettings, settingsFile } from "../content/settings";
import type { Meetup, SiteSettings } from "../content/schema";

// Everything that makes the site one group's lives in one settings file, read and checked like the content:
// another group changes that file and content/, and nothing else.

function loadSettings(): SiteSettings {
  const { settings, problems } = readSiteSettings(settingsFile());
  if (!settings || problems.length > 0) throw new ContentError(problems);
  return settings;
}

// next dev takes the settings its content step accepted, as it takes the documents, so that it follows each save of
// site.yml. Everything else reads the file: next build sets NEXT_RUNTIME for its adapter too, which tsx loads.
const preview = process.env.NEXT_RUNTIME && process.env.NODE_ENV === "development";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- an import would need .build/ before any build
export const site: SiteSettings = preview ? require("../../.build/site.json") : loadSettings();

/** Whether a meetup is held where the group is: in its zone (a meetup with a timezone: of its own is elsewhere). */
export const isAtHome = (m: Meetup) => m.timeZone === site.timeZone;
