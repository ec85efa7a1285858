import type { Messages } from ".";

// The interface's words in Hebrew (עברית), for a site whose settings choose it.

/**
 * Hebrew's prefix ב ("in", "at") joins a Hebrew word directly (בתל אביב) and
 * anything else with a maqaf (ב־Meetup.com, ב־2099).
 */
const b = (word: string) => (/^[\u0590-\u05ff]/.test(word) ? `ב${word}` : `ב־${word}`);

const meetups = (n: number) => (n === 1 ? "מפגש אחד" : n === 2 ? "שני מפגשים" : `${n} מפגשים`);

export const he: Messages = {
  locale: "he-IL",
  dir: "rtl",
  skipToContent: "דילוג לתוכן",
  nav: { label: "ראשי", meetups: "מפגשים", talks: "הרצאות", speakers: "מרצים" },
  breadcrumb: "פירורי לחם",
  footer: {
    times: (zone) => `כל השעות באתר לפי ${zone}, אלא אם צוין אחרת במפגש.`,
    propose: "הצעת הרצאה",
    codeOfConduct: "קוד התנהגות",
    feeds: "פידים ויומן",
  },
  home: {
    later: "מפגשים נוספים בקרוב",
    recent: "מפגשים אחרונים",
    archive: "כל המפגשים, עם מצגות והקלטות ←",
    next: "המפגש הבא",
    with: "עם",
    details: "לוח זמנים ופרטים",
    empty: {
      title: "המפגש הבא עוד לא נקבע",
      text: (city) =>
        `אנחנו נפגשים כשיש הרצאות טובות, בדרך כלל בערב ${b(city)}. הצטרפו לקבוצה כדי לשמוע ראשונים על המפגש הבא, או ספרו לנו על משהו שעבדתם עליו: מרצים בפעם הראשונה מוזמנים במיוחד.`,
      join: (service) => `הצטרפו לקבוצה ${b(service)}`,
    },
  },
  meetup: {
    upcoming: "מפגש קרוב",
    live: "מתקיים עכשיו",
    past: "מפגש שהתקיים",
    draft: "טיוטה",
    rsvp: (service) => `הרשמה ${b(service)}`,
    rsvpPlain: "הרשמה",
    eventOn: (service) => `המפגש ${b(service)}`,
    material: "מצגות והקלטות",
    about: "על המפגש",
    schedule: "לוח זמנים",
    topics: "נושאים",
    when: "מתי",
    where: "איפה",
    venueTba: "המקום ייקבע בהמשך",
    venueUnknown: "המקום לא תועד",
    map: "מפה",
    mapOf: (venue) => `מפה של ${venue}`,
    mapsLabel: "מפה:",
    mapOn: (venue, service) => `${venue} ${b(service)}`,
    online: "אונליין",
    joinOn: (service) => `הצטרפות ${b(service)}`,
    joinNow: "הצטרפות לשידור עכשיו",
    gettingThere: "איך מגיעים",
    directions: "הוראות הגעה",
    accessibility: "נגישות",
    hostedBy: "מארחים",
    photos: "תמונות",
    fullSize: "(בגודל מלא)",
    edit: "עריכת העמוד",
  },
  calendar: {
    region: "הוספה ליומן",
    heading: "הוספה ליומן שלך",
    file: "קובץ יומן (ics)",
    google: "יומן Google",
    outlook: "Outlook",
    subscribe: "הרשמה לכל המפגשים",
    with: (names) => `עם ${names}.`,
    talks: "הרצאות:",
    name: (site) => `המפגשים של ${site}`,
  },
  schedule: {
    break: "הפסקה:",
    speakers: "מרצים",
    slides: "מצגת",
    slidesFor: (title) => `המצגת של ${title}`,
    video: "וידאו",
    videoOf: (title) => `ההקלטה של ${title}`,
    inLanguage: (language) => b(language),
  },
  archive: {
    title: "כל המפגשים",
    description: (site) => `כל המפגשים של ${site}, מהחדש לישן, עם ההרצאות והמרצים.`,
    count: (n) => `${meetups(n)}, מהחדש לישן.`,
    years: "שנים",
  },
  speakers: {
    title: "מרצים",
    description: (site) => `האנשים שהרצו ${b(site)}, עם קצת עליהם וההרצאות שלהם.`,
    intro: "האנשים ששיתפו את העבודה שלהם עם הקבוצה.",
    talks: (n) => (n === 1 ? "הרצאה אחת" : n === 2 ? "שתי הרצאות" : `${n} הרצאות`),
    elsewhere: (name) => `${name} ברשת`,
    talksAt: (site) => `הרצאות ${b(site)}`,
    about: (name, site, role) => (role ? `${name}, ${role}: הרצאות ${b(site)}` : `${name}: הרצאות ${b(site)}`),
    none: "עוד אין הרצאות.",
    at: "במפגש",
    links: { website: "אתר", github: "GitHub", linkedin: "LinkedIn", mastodon: "Mastodon", x: "X" },
  },
  topic: {
    description: (site, topic) => `מפגשים של ${site} על ${topic}.`,
    count: (n) => `${meetups(n)} בנושא, מהחדש לישן.`,
  },
  notFound: {
    title: "העמוד הזה לא כאן",
    text: "ייתכן שהוא זז כשהאתר עבר. כל המפגשים, עם המצגות וההקלטות, נמצאים בארכיון.",
    next: "המפגש הבא",
    archive: "כל המפגשים, לפי שנה",
  },
  propose: {
    title: "הצעת הרצאה",
    description: (site) => `להרצות ${b(site)}: מה הקבוצה מחפשת ואיך מציעים הרצאה.`,
    intro: (site) =>
      `ההרצאות ${b(site)} באות מהקהילה עצמה. אם בניתם, תיקנתם, מדדתם או דיבגתם משהו, אנשים כאן ירצו לשמוע על זה.`,
    lookFor: "מה אנחנו מחפשים",
    how: "איך זה עובד",
    steps: [
      "ממלאים טופס קצר: כותרת, תקציר וכמה מילים עליכם.",
      "מארגן עונה באותו עמוד, בדרך כלל תוך שבוע, ומציע תאריך.",
      "אנחנו מעלים לאתר את ההרצאה ואת עמוד המרצה, ועוזרים עם המצגת ועם הרצה לדוגמה אם תרצו.",
    ],
    welcome: "מרצים בפעם הראשונה מוזמנים במיוחד: רוב המרצים שלנו התחילו כאן.",
    form: "לטופס ההצעה",
    message: (service) => `או כתבו למארגנים ${b(service)}`,
    formNote: "הטופס הוא issue במאגר של האתר ב־GitHub, וצריך בשבילו חשבון GitHub.",
    conduct: "כל מי שמגיעים למפגשים שלנו, גם המרצים, מקבלים על עצמם את {link}.",
    conductLink: "קוד ההתנהגות",
  },
  conduct: {
    description: (site) => `איך אנחנו מתנהגים זה לזה ${b(site)}, ולמי לפנות כשמשהו קורה.`,
  },
  feeds: {
    title: (site) => `המפגשים של ${site}`,
    rss: (site) => `המפגשים של ${site} (RSS)`,
    atom: (site) => `המפגשים של ${site} (Atom)`,
    json: (site) => `המפגשים של ${site} (JSON Feed)`,
    calendar: (site) => `יומן המפגשים של ${site}`,
  },
  preview: {
    site: (city) => `מפגשים ${b(city)}`,
    speaker: "מרצה",
    with: (names) => `עם ${names}`,
    meetupAlt: "שם המפגש, התאריך, השעה והמרצים",
    speakerAlt: "שם המרצה, התפקיד וההרצאות",
  },
  live: {
    now: "מתקיים עכשיו",
    at: "{day} ב־{time}",
    yourTime: "{time} לפי השעון שלך",
  },
  redirect: {
    moved: (title) => `${title}: העמוד עבר`,
    newPage: "למפגש יש עמוד חדש:",
  },
};
