import { ContentError } from "../content/problems";
import { readSiteSettings, settingsFile } from "../content/settings";
import type { Meetup, SiteSettings } from "../content/schema";

// Everything that makes the site one group's lives in one settings file,
// site.yml (or the file SITE_CONFIG names), read and checked like the content.
// Another group changes that file and content/, and nothing else.

function loadSettings(): SiteSettings {
  const { settings, problems } = readSiteSettings(settingsFile());
  if (!settings || problems.length > 0) throw new ContentError(problems);
  return settings;
}

export const site: SiteSettings = loadSettings();

/** Whether a meetup is held where the group is: in its zone (a meetup with a timezone: of its own is elsewhere). */
export const isAtHome = (m: Meetup) => m.timeZone === site.timeZone;
