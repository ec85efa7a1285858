// The interface's words in English; every catalog has exactly these keys. Group-specific words (the name, the
// city) are never here: they come from the settings file.

export const en = {
  locale: "en-GB",
  dir: "ltr" as "ltr" | "rtl",
  skipToContent: "Skip to content",
  nav: { label: "Main", meetups: "Meetups", talks: "Talks", speakers: "Speakers" },
  breadcrumb: "Breadcrumb",
  footer: {
    times: (zone: string) => `Times on this site are ${zone} unless a meetup says otherwise.`,
    propose: "Propose a talk",
    codeOfConduct: "Code of conduct",
    embed: "Data and embed",
  },
  home: {
    later: "Also coming up",
    /** Upcoming meetups called off, listed apart until their dates have passed. */
    off: "Cancelled or postponed",
    recent: "Recent meetups",
    archive: "All meetups →",
    next: "Next meetup",
    /** Before the list of speakers. */
    with: "with",
    details: "Schedule and details",
    empty: {
      title: "The next meetup isn't scheduled yet",
      text: (city: string) =>
        `We meet when we have good talks, usually in the evening in ${city}. Join the group to hear about the next one first, or tell us about something you have been hacking on: first-time speakers are very welcome.`,
      join: (service: string) => `Join the group on ${service}`,
    },
  },
  /** When plans change (a meetup's status): labels, and the words around the dates it had. */
  status: {
    label: {
      cancelled: "Cancelled",
      postponed: "Postponed",
      rescheduled: "New date",
      "moved-online": "Moved online",
    },
    /** A rescheduled meetup's old date: "Moved from Tuesday, 9 March". */
    movedFrom: (date: string) => `Moved from ${date}`,
    /** A postponed meetup's date, which no longer holds. */
    wasOn: (date: string) => `Was planned for ${date}; the new date isn't set yet`,
    /** Titles in feeds and calendars, where a label can't sit beside them. */
    titled: {
      cancelled: (title: string) => `Cancelled: ${title}`,
      postponed: (title: string) => `Postponed: ${title}`,
      rescheduled: (title: string) => `Moved: ${title}`,
      "moved-online": (title: string) => `Online: ${title}`,
    },
    /** On a rescheduled meetup's link-preview card. */
    movedTo: (date: string) => `Moved to ${date}`,
    /** A postponed meetup's "When", until it has a new date. */
    dateTba: "New date to be announced",
  },
  meetup: {
    upcoming: "Upcoming meetup",
    live: "Happening now",
    past: "Past meetup",
    draft: "Draft",
    /** After the hours of an evening that ends after midnight, or on a later day. */
    endsNextDay: "(next day)",
    endsOn: (day: string) => `(until ${day})`,
    rsvp: (service: string) => `RSVP on ${service}`,
    /** For a meetup without an RSVP link of its own: the group's page on its RSVP service. */
    rsvpGroup: (service: string) => `RSVP on the group's ${service} page`,
    eventOn: (service: string) => `The event on ${service}`,
    material: "Slides and videos",
    about: "About this meetup",
    schedule: "Schedule",
    topics: "Topics",
    when: "When",
    where: "Where",
    venueTba: "Venue to be announced",
    map: "Map",
    mapOf: (venue: string) => `Map of ${venue}`,
    /** Before the links to the venue on OpenStreetMap, Google Maps and Apple Maps. */
    mapsLabel: "Map:",
    mapOn: (venue: string, service: string) => `${venue} on ${service}`,
    online: "Online",
    joinOn: (service: string) => `Join online on ${service}`,
    /** The button while the meetup is on. */
    joinNow: "Join online now",
    gettingThere: "Getting there",
    directions: "Directions",
    accessibility: "Accessibility",
    hostedBy: "Hosted by",
    photos: "Photos",
    /** After a photo's description, on the link to the photo at full size. */
    fullSize: "(full size)",
    edit: "Edit this page",
  },
  calendar: {
    region: "Add to calendar",
    heading: "Add to your calendar",
    file: "Calendar file (.ics)",
    google: "Google Calendar",
    outlook: "Outlook",
    subscribe: "Subscribe to every meetup",
    with: (names: string) => `With ${names}.`,
    talks: "Talks:",
    name: (site: string) => `${site} meetups`,
    /** In a talk's own calendar entry. */
    partOf: (meetup: string) => `Part of ${meetup}.`,
    online: (url: string) => `Online: ${url}`,
  },
  schedule: {
    speakers: "Speakers",
    slides: "Slides",
    slidesFor: (title: string) => `Slides for ${title}`,
    video: "Video",
    videoOf: (title: string) => `Video of ${title}`,
    linkTo: (title: string) => `Link to this talk: ${title}`,
    /** Beside a talk's link: its own calendar file. */
    calendar: "Calendar",
    calendarFor: (title: string) => `Calendar entry for ${title}`,
    inLanguage: (language: string) => `In ${language}`,
  },
  archive: {
    title: "All meetups",
    description: (site: string) => `Every ${site} meetup, newest first, with its talks and speakers.`,
    count: (n: number) => (n === 1 ? "1 meetup." : `${n} meetups, newest first.`),
    years: "Years",
    latest: "Latest",
    /** The first page's link when it lists every year. */
    all: "All",
    /** When /meetups/ shows only the latest years: which ones. */
    shown: (years: string) => `This page has the meetups of ${years}; every year has a page of its own.`,
    yearTitle: (year: number) => `Meetups in ${year}`,
    yearDescription: (site: string, year: number) => `Every ${site} meetup of ${year}, with its talks and speakers.`,
  },
  talks: {
    title: "Talks",
    description: (site: string) => `Every talk given at ${site}, newest first, with its recording and slides.`,
    yearTitle: (year: number) => `Talks in ${year}`,
    yearDescription: (site: string, year: number) =>
      `The talks given at ${site} in ${year}, newest first, with their recordings and slides.`,
    count: (talks: number, meetups: number) =>
      `${talks === 1 ? "1 talk" : `${talks} talks`} from ${meetups === 1 ? "1 meetup" : `${meetups} meetups`}${talks === 1 ? "" : ", newest first"}.`,
    /** When /talks/ shows only the latest years: which ones. */
    shown: (years: string) => `This page has the talks of ${years}; every year has a page of its own.`,
    filters: "Filter talks",
    year: "Year",
    latest: "Latest",
    speaker: "Speaker",
    topic: "Topic",
    /** Before the meetup a talk was given at. */
    at: "at",
    years: "More talks",
    newer: (year: number) => `← Talks in ${year}`,
    older: (year: number) => `Talks in ${year} →`,
    none: "No talks yet.",
  },
  video: {
    play: (title: string) => `Play the recording of ${title}`,
    frame: (title: string) => `Recording of ${title}`,
    loadsFrom: (service: string) => `The player loads from ${service} only when you press play.`,
  },
  speakers: {
    title: "Speakers",
    description: (site: string) => `The people who have spoken at ${site}, with their bios and talks.`,
    intro: "The people who have shared their work with the group.",
    talks: (n: number) => (n === 1 ? "1 talk" : `${n} talks`),
    elsewhere: (name: string) => `${name} elsewhere`,
    talksAt: (site: string) => `Talks at ${site}`,
    about: (name: string, site: string, role?: string) =>
      role ? `${name}, ${role}: talks at ${site}` : `${name}: talks at ${site}`,
    none: "No talks yet.",
    links: { website: "Website", github: "GitHub", linkedin: "LinkedIn", mastodon: "Mastodon", x: "X" },
  },
  topic: {
    description: (site: string, topic: string) => `${site} meetups about ${topic}.`,
    count: (n: number) => (n === 1 ? "1 meetup on this topic." : `${n} meetups on this topic, newest first.`),
    pages: "Pages",
    page: (n: number) => `Page ${n}`,
  },
  notFound: {
    title: "This page isn't here",
    text: "It may have moved when the site did. Every meetup is in the archive.",
    next: "The next meetup",
    archive: "All meetups, by year",
  },
  propose: {
    title: "Propose a talk",
    description: (site: string) => `Give a talk at ${site}: what the group looks for and how to offer one.`,
    intro: (site: string) =>
      `${site} runs on talks from its own community. If you have built, fixed, measured or debugged something, people here want to hear about it.`,
    lookFor: "What we look for",
    how: "How it works",
    steps: [
      "Fill in the short form: a title, an abstract and a few words about you.",
      "An organizer answers on the same page, usually within a week, and suggests a date.",
      "We put your talk and your speaker page on the site, and help with slides and a dry run if you like.",
    ],
    welcome: "First-time speakers are very welcome: most of our speakers started here.",
    form: "Open the proposal form",
    message: (service: string) => `Or message the organizers on ${service}`,
    formNote: "The form is a GitHub issue in the site's repository; it needs a GitHub account.",
    /** {link} is the link to the code of conduct, with the words of `conductLink`. */
    conduct: "Everyone at our meetups, speakers included, follows our {link}.",
    conductLink: "code of conduct",
  },
  conduct: {
    description: (site: string) => `How we treat each other at ${site}, and whom to tell when something goes wrong.`,
  },
  feeds: {
    title: (site: string) => `${site} meetups`,
    rss: (site: string) => `${site} meetups (RSS)`,
    atom: (site: string) => `${site} meetups (Atom)`,
    json: (site: string) => `${site} meetups (JSON Feed)`,
    calendar: (site: string) => `${site} meetups calendar`,
  },
  preview: {
    site: (city: string) => `Meetups in ${city}`,
    speaker: "Speaker",
    with: (names: string) => `With ${names}`,
    meetupAlt: "The meetup's title, date, time and speakers",
    speakerAlt: "The speaker's name, role and talks",
  },
  /** What the live-time module writes in the browser: templates, since it runs without this catalog. */
  live: {
    now: "happening now",
    at: "{day} at {time}",
    yourTime: "{time} your time",
    nextDay: "(next day)",
    endsOn: "(until {day})",
  },
  search: {
    title: "Search",
    description: (site: string) => `Search ${site}'s meetups, talks and speakers.`,
    /** The search box's name, for screen readers and as the search page's label. */
    label: "Search meetups, talks and speakers",
    placeholder: "Search",
    submit: "Search",
    noScript:
      "Search needs JavaScript, which is off in this browser. Every meetup, talk and speaker has a page of its own.",
    /** Beside the search, until there is one: the site's lists, and its most frequent topics. */
    browse: "Or browse",
    archive: "All meetups, by year",
    talks: "All talks, by year",
    speakers: "All speakers",
    topics: "Frequent topics",
    narrow: "Narrow the results",
    language: "Language",
    anyLanguage: "Any language",
    kind: "Show",
    anyKind: "Everything",
    kinds: { meetup: "Meetups", talk: "Talks", speaker: "Speakers" },
    year: "Year",
    anyYear: "Any year",
    results: "Results",
    /** What the search page's module writes in the browser: templates, since it runs without this catalog. */
    browser: {
      found: { one: "{n} result", other: "{n} results" },
      foundFor: "{found} for “{q}”",
      none: "No results for “{q}”",
      noneAtAll: "No results",
      kinds: { meetup: "Meetup", speaker: "Speaker" },
      more: "Show more results",
      failed: "Search isn't available right now. The archive lists every meetup.",
    },
  },
  embed: {
    title: "The next meetup on your site",
    description: (site: string) =>
      `A card with ${site}'s next meetup for your own site, and the group's meetups and speakers as open data.`,
    intro:
      "Paste this into your page's HTML. The card shows the next meetup (or, until one is scheduled, the last one) in your visitors' light or dark mode, and it is up to date with every build of this site, the scheduled ones included. Its links open in the whole window.",
    code: "The code",
    preview: "What it looks like",
    frameTitle: (site: string) => `${site}: the next meetup`,
    /** The card, when no meetup is scheduled. */
    lastOne: "Nothing is scheduled yet. The last meetup:",
    data: "The data",
    dataText:
      "The meetups and speakers are also JSON files, free for anyone to use, each described by a JSON Schema. Every talk with a time has a calendar file of its own, beside it in the schedule.",
    files: {
      meetups: "Every meetup, upcoming first",
      meetupsSchema: "Its JSON Schema",
      speakers: "Every speaker, with their talks",
      speakersSchema: "Its JSON Schema",
    },
  },
  redirect: {
    moved: (title: string) => `${title} has moved`,
    newPage: "This meetup has a new page:",
  },
};
