// The interface's words in English. Every catalog has exactly these keys
// (lib/i18n/he.ts is typed by this one). Group-specific words (the name, the
// city, the RSVP service) are never here: they come from the settings file.

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
    feeds: "Feeds and calendar",
  },
  home: {
    later: "Also coming up",
    recent: "Recent meetups",
    archive: "All meetups, with slides and videos →",
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
  meetup: {
    upcoming: "Upcoming meetup",
    live: "Happening now",
    past: "Past meetup",
    draft: "Draft",
    rsvp: (service: string) => `RSVP on ${service}`,
    rsvpPlain: "RSVP",
    eventOn: (service: string) => `The event on ${service}`,
    material: "Slides and videos",
    about: "About this meetup",
    schedule: "Schedule",
    topics: "Topics",
    when: "When",
    where: "Where",
    venueTba: "Venue to be announced",
    venueUnknown: "Venue not recorded",
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
  },
  schedule: {
    break: "Break:",
    speakers: "Speakers",
    slides: "Slides",
    slidesFor: (title: string) => `Slides for ${title}`,
    video: "Video",
    videoOf: (title: string) => `Video of ${title}`,
    inLanguage: (language: string) => `In ${language}`,
  },
  archive: {
    title: "All meetups",
    description: (site: string) => `Every ${site} meetup, newest first, with its talks and speakers.`,
    count: (n: number) => `${n === 1 ? "1 meetup" : `${n} meetups`}, newest first.`,
    years: "Years",
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
    at: "at",
    links: { website: "Website", github: "GitHub", linkedin: "LinkedIn", mastodon: "Mastodon", x: "X" },
  },
  topic: {
    description: (site: string, topic: string) => `${site} meetups about ${topic}.`,
    count: (n: number) => `${n === 1 ? "1 meetup" : `${n} meetups`} on this topic, newest first.`,
  },
  notFound: {
    title: "This page isn't here",
    text: "It may have moved when the site did. Every meetup, with its slides and videos, is in the archive.",
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
  },
  redirect: {
    moved: (title: string) => `${title} has moved`,
    newPage: "This meetup has a new page:",
  },
};
