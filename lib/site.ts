// Everything that makes the site one group's, in one typed place.
export interface SiteConfig {
  name: string;
  tagline: string;
  description: string;
  /** Public URL of the deployment, without a trailing slash. */
  url: string;
  /** IANA zone meetups are held in unless a meetup says otherwise. */
  timeZone: string;
  /** How the zone is named next to times ("19:00 Israel time"); default: its name in the interface language. */
  timeZoneLabel?: string;
  /** The interface's language (a catalog in lib/i18n), and the default language of meetups. */
  language: "en" | "he";
  /** Where meetups usually are. */
  city: string;
  /** Where meetups are when one doesn't name its venue yet (calendars and search engines want a place). */
  address?: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** ISO 4217: free tickets are priced 0 in it for search engines. */
  currency: string;
  /** Where people join the group and RSVP. */
  rsvp: { service: string; url: string };
  social: { label: string; url: string }[];
  repository: { url: string; branch: string };
  /** How many past meetups the home page shows; the rest live in the archive. */
  homePastMeetups: number;
  /** What the group looks for in a talk (the propose-a-talk page), as HTML. */
  proposalsHtml?: string;
}

export const site: SiteConfig = {
  name: "KernelTLV",
  tagline: "Tel-Aviv-Yafo Linux Kernel Meetup",
  description:
    "A community meetup in Tel Aviv for people who work on, with and under the Linux kernel: talks, slides and the people behind them.",
  url: "https://kerneltlv.com",
  timeZone: "Asia/Jerusalem",
  timeZoneLabel: "Israel time",
  language: "en",
  city: "Tel Aviv",
  address: "Tel Aviv-Yafo",
  country: "IL",
  currency: "ILS",
  rsvp: { service: "Meetup.com", url: "https://www.meetup.com/Tel-Aviv-Yafo-Linux-Kernel-Meetup/" },
  social: [
    { label: "Meetup.com", url: "https://www.meetup.com/Tel-Aviv-Yafo-Linux-Kernel-Meetup/" },
    { label: "GitHub", url: "https://github.com/kerneltlv/kerneltlv.github.io" },
  ],
  repository: { url: "https://github.com/kerneltlv/kerneltlv.github.io", branch: "main" },
  homePastMeetups: 3,
  proposalsHtml:
    "<ul><li>Kernel internals, drivers, memory management, scheduling, networking, file systems, security.</li><li>War stories: a bug you chased, a regression you bisected, a performance cliff you climbed.</li><li>Tools and practice: tracing, eBPF, debugging, testing, upstreaming your first patch.</li><li>30 to 45 minutes, or a 15-minute short talk; in Hebrew or in English.</li></ul>",
};
