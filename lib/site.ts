// Everything another meetup group would change to reuse this site, in one typed place.
export interface SiteConfig {
  name: string;
  tagline: string;
  description: string;
  /** Public URL of the deployment, without a trailing slash. */
  url: string;
  /** IANA zone meetups are held in unless a meetup says otherwise. */
  timeZone: string;
  /** The small line above the title in the site's own link-preview image. */
  previewKicker: string;
  /** How the zone is named next to times, e.g. "19:00 Israel time". */
  timeZoneLabel: string;
  locale: string;
  /** Where people join the group and RSVP. */
  group: { name: string; url: string };
  social: { label: string; url: string }[];
  repository: { url: string; branch: string };
  /** How many past meetups the home page shows; the rest live in the archive. */
  homePastCount: number;
  /** Where meetups are when one doesn't name its venue yet (calendars and search engines want a place). */
  defaultLocation: { name: string; address: string; country: string };
}

export const site: SiteConfig = {
  name: "KernelTLV",
  tagline: "Tel-Aviv-Yafo Linux Kernel Meetup",
  description:
    "A community meetup in Tel Aviv for people who work on, with and under the Linux kernel: talks, slides and the people behind them.",
  url: "https://kerneltlv.com",
  timeZone: "Asia/Jerusalem",
  previewKicker: "Meetups in Tel Aviv",
  timeZoneLabel: "Israel time",
  locale: "en-GB",
  group: {
    name: "Meetup.com",
    url: "https://www.meetup.com/Tel-Aviv-Yafo-Linux-Kernel-Meetup/",
  },
  social: [
    { label: "Meetup.com", url: "https://www.meetup.com/Tel-Aviv-Yafo-Linux-Kernel-Meetup/" },
    { label: "GitHub", url: "https://github.com/kerneltlv/kerneltlv.github.io" },
  ],
  repository: { url: "https://github.com/kerneltlv/kerneltlv.github.io", branch: "main" },
  homePastCount: 3,
  defaultLocation: { name: "Tel Aviv", address: "Tel Aviv-Yafo", country: "IL" },
};
