import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Problem } from "@/lib/content/problems";
import { settingsDrawableProblems } from "@/lib/content/drawable";
import { readSiteSettings, settingsFile } from "@/lib/content/settings";
import { contentFolder, root, tsx } from "./helpers";

// The site's settings file (site.yml): another group edits it and content/,
// nothing else, so it is read with the content's care: YAML only, every field
// checked, each problem naming the file and the field.

const minimal = `
name: Kernel Night
tagline: A Linux meetup
description: Talks about the kernel.
url: https://kernel.example.org
timezone: Europe/Berlin
language: en
city: Berlin
country: DE
currency: EUR
rsvp:
  service: Meetup.com
  url: https://www.meetup.com/kernel-night/
repository:
  url: https://github.com/example/kernel-night
`;

function read(text: string, name = "site.yml") {
  const dir = contentFolder({ [name]: text });
  const file = path.join(dir, name);
  return { file, ...readSiteSettings(file) };
}

const problem = (field: string, message: RegExp) =>
  expect.objectContaining({ field, message: expect.stringMatching(message) }) as Problem;

describe("the site's settings", () => {
  it("read every field, made canonical: zone, codes in upper case, no trailing slashes, the description on one line", () => {
    const { settings, problems, file } = read(`
name: KernelTLV
tagline: Tel-Aviv-Yafo Linux Kernel Meetup
description: |
  A community meetup in Tel Aviv
  for people who work on the kernel.
url: https://KernelTLV.com/
timezone: asia/tel_aviv
timezone_label: Israel time
language: EN
city: Tel Aviv
address: Tel Aviv-Yafo
country: il
currency: ils
rsvp:
  service: Meetup.com
  url: https://www.meetup.com/Tel-Aviv-Yafo-Linux-Kernel-Meetup/
social:
  - label: GitHub
    url: https://github.com/kerneltlv/kerneltlv.github.io
repository:
  url: https://github.com/kerneltlv/kerneltlv.github.io/
  branch: release/2026
home_past_meetups: 5
jekyll_permalink: pretty
proposals: |
  - Kernel internals, **drivers**.
  - ליבה ודרייברים.
`);
    expect(problems).toEqual([]);
    expect(settings).toStrictEqual({
      sourcePath: file,
      name: "KernelTLV",
      tagline: "Tel-Aviv-Yafo Linux Kernel Meetup",
      description: "A community meetup in Tel Aviv for people who work on the kernel.",
      url: "https://kerneltlv.com",
      timeZone: "Asia/Jerusalem",
      timeZoneLabel: "Israel time",
      language: "en",
      city: "Tel Aviv",
      address: "Tel Aviv-Yafo",
      country: "IL",
      currency: "ILS",
      rsvp: { service: "Meetup.com", url: "https://www.meetup.com/Tel-Aviv-Yafo-Linux-Kernel-Meetup/" },
      social: [{ label: "GitHub", url: "https://github.com/kerneltlv/kerneltlv.github.io" }],
      repository: { url: "https://github.com/kerneltlv/kerneltlv.github.io", branch: "release/2026" },
      homePastMeetups: 5,
      jekyllPermalink: "pretty",
      proposalsHtml:
        '<ul>\n<li dir="auto">Kernel internals, <strong>drivers</strong>.</li>\n<li dir="auto">ליבה ודרייברים.</li>\n</ul>',
    });
    expect(JSON.parse(JSON.stringify(settings))).toStrictEqual(settings);
  });

  it("take the old Jekyll site's permalink style or a template of the placeholders a post fills, and refuse others", () => {
    const permalink = (value: string) => read(`${minimal}\njekyll_permalink: "${value}"`);
    expect(permalink("/events/:year/:title/").settings?.jekyllPermalink).toBe("/events/:year/:title/");
    expect(permalink("ordinal").problems).toEqual([
      expect.objectContaining({
        field: "jekyll_permalink",
        message: 'expected date, pretty, none or a template starting with "/", got "ordinal"',
      }),
    ]);
    expect(permalink("/:year/:week/:title/").problems).toEqual([
      expect.objectContaining({
        field: "jekyll_permalink",
        message: expect.stringMatching(/placeholders .*got :week$/),
      }),
    ]);
  });

  it("fill in what is optional: no label, no address, no social links, main, three past meetups, no proposals text", () => {
    const { settings, problems } = read(minimal);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      social: [],
      repository: { branch: "main" },
      homePastMeetups: 3,
      jekyllPermalink: "date",
    });
    for (const field of ["timeZoneLabel", "address", "proposalsHtml"]) expect(settings).not.toHaveProperty(field);
  });

  it("take Hebrew as the interface language", () => {
    expect(read(minimal.replace("language: en", "language: he")).settings?.language).toBe("he");
  });

  it("name each required field that is missing, all in one run", () => {
    const { problems, settings, file } = read("home_past_meetups: 2\n");
    expect(settings).toBeUndefined();
    expect(problems.map((p) => p.field)).toEqual([
      "name",
      "tagline",
      "description",
      "url",
      "timezone",
      "language",
      "city",
      "country",
      "currency",
      "rsvp",
      "repository",
    ]);
    for (const p of problems) {
      expect(p.file).toBe(file);
      expect(p.message).toMatch(/^required: expected /);
    }
  });

  it.each([
    ["tag_line: x", "tag_line", /unknown field "tag_line": did you mean "tagline"\?/],
    ["timezone_lable: x", "timezone_lable", /did you mean "timezone_label"\?/],
    ["Name: x", "Name", /did you mean "name"\?/],
    ["colour: blue", "colour", /unknown field "colour": expected one of name, mark, tagline, description/],
  ])("refuse an unknown field %j, with the one it was probably meant to be", (line, field, message) => {
    expect(read(`${minimal}${line}\n`).problems).toEqual([problem(field, message)]);
  });

  it("refuse unknown fields inside rsvp, social and repository too", () => {
    const text = minimal
      .replace("  service: Meetup.com", "  servce: Meetup.com")
      .replace(
        "  url: https://github.com/example/kernel-night",
        "  url: https://github.com/example/kernel-night\n  brnch: main",
      );
    const { problems } = read(`${text}social:\n  - label: X\n    link: https://x.com/k\n`);
    expect(problems).toEqual([
      problem("rsvp.servce", /did you mean "service"\?/),
      problem("rsvp.service", /required/),
      problem('social, link 1 ("X"), link', /unknown field "link"/),
      problem('social, link 1 ("X"), url', /required/),
      problem("repository.brnch", /did you mean "branch"\?/),
    ]);
  });

  it.each([
    ["url: http://kernel.example.org", "url", /use https:\/\//],
    ["url: https://kernel.example.org/blog/", "url", /without a path.*BASE_PATH/],
    ['url: "javascript:alert(1)"', "url", /expected a URL starting with https:\/\//],
    ["url: https://kernel.example.org/?x=1", "url", /without a path/],
    [
      "timezone: Mars/Olympus_Mons",
      "timezone",
      /expected an IANA time zone like "Asia\/Jerusalem", got "Mars\/Olympus_Mons"/,
    ],
    ["language: fr", "language", /expected the interface language, one of en, he .*got "fr"/],
    ["language: he-IL", "language", /one of en, he/],
    ["country: XX", "country", /expected a country's ISO 3166-1 code/],
    ["country: EU", "country", /expected a country's ISO 3166-1 code/],
    ["country: ISR", "country", /expected a country's ISO 3166-1 code/],
    ["country: UK", "country", /the United Kingdom's code is "GB"/],
    ["currency: SHEKEL", "currency", /expected a currency's ISO 4217 code/],
    ["currency: XYZ", "currency", /expected a currency's ISO 4217 code/],
    ['name: "Two\\nlines"', "name", /on one line/],
    ['tagline: "bell\\a"', "tagline", /U\+0007/],
    ["home_past_meetups: -1", "home_past_meetups", /expected a whole number from 0 to 100, got "-1"/],
    ["home_past_meetups: 1000", "home_past_meetups", /from 0 to 100/],
    ["home_past_meetups: lots", "home_past_meetups", /from 0 to 100/],
    ['proposals: "[x](javascript:alert(1))"', "proposals", /link "javascript:alert\(1\)": expected https:\/\//],
    ["social: https://github.com/k", "social", /expected a list/],
  ])("refuse %s, naming the field", (line, field, message) => {
    const key = line.split(":")[0]!;
    const text = minimal
      .split("\n")
      .filter((l) => !l.startsWith(`${key}:`))
      .join("\n");
    const { problems, settings } = read(`${text}\n${line}\n`);
    expect(problems).toEqual([problem(field, message)]);
    expect(settings).toBeUndefined();
  });

  it.each([
    ["rsvp:\n  service: Meetup.com\n  url: data:text/html,x", "rsvp.url", /expected a URL starting with https:\/\//],
    ["rsvp: https://www.meetup.com/x/", "rsvp", /expected a mapping of fields/],
    [
      "repository:\n  url: http://github.com/example/k",
      "repository.url",
      /expected the repository's https:\/\/ address/,
    ],
    ["repository:\n  url: https://github.com/example/k\n  branch: a..b", "repository.branch", /expected a branch name/],
    [
      "repository:\n  url: https://github.com/example/k\n  branch: main.lock",
      "repository.branch",
      /expected a branch name/,
    ],
    ["repository:\n  url: https://github.com/example/k\n  branch: -x", "repository.branch", /expected a branch name/],
  ])("refuse the mapping %j, naming the field inside it", (block, field, message) => {
    const key = block.split(":")[0]!;
    const lines = minimal.split("\n");
    const start = lines.findIndex((l) => l.startsWith(`${key}:`));
    const end = lines.findIndex((l, i) => i > start && /^\S/.test(l));
    const text = [...lines.slice(0, start), ...(end < 0 ? [] : lines.slice(end))].join("\n");
    expect(read(`${text}\n${block}\n`).problems).toEqual([problem(field, message)]);
  });
});

describe("the settings file is YAML and nothing else", () => {
  it.each([
    [
      "a JavaScript function tag",
      `${minimal}address: !!js/function "function () { return 1 }"\n`,
      /the tag "!!js\/function" \(line 16\)/,
    ],
    ["a custom tag", `${minimal}address: !shell "rm -rf /"\n`, /the tag "!shell"/],
    ["two fields of one name", `${minimal}name: Again\n`, /unique/],
    ["a list", "- name: x\n", /expected fields \(name: value\), got a single value or a list/],
    ["two documents", `${minimal}---\nname: x\n`, /expected one YAML document, got another .* \(line 16\)/],
  ])("refuses %s", (_what, text, message) => {
    const { problems, settings } = read(text);
    expect(problems).toContainEqual(problem("file", message));
    expect(problems.every((p) => p.field === "file")).toBe(true);
    expect(settings).toBeUndefined();
  });

  it("stops an alias bomb at the alias limit", () => {
    const rows = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const [name, prev] of ["ba", "cb", "dc", "ed", "fe"])
      rows.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    expect(read(`${minimal}${rows.join("\n")}\n`).problems).toEqual([problem("file", /resource exhaustion/)]);
  });

  it("reads a file saved with Windows line ends and a byte order mark", () => {
    const { problems, settings } = read(`\uFEFF${minimal.replace(/\n/g, "\r\n")}`);
    expect(problems).toEqual([]);
    expect(settings?.name).toBe("Kernel Night");
  });

  it("names the file when there is none, when it is a link, or when it isn't UTF-8", () => {
    const dir = contentFolder({ "real.yml": minimal, "latin1.yml": Buffer.from("name: Caf\xe9\n", "latin1") });
    fs.symlinkSync(path.join(dir, "real.yml"), path.join(dir, "link.yml"));
    expect(readSiteSettings(path.join(dir, "missing.yml")).problems).toEqual([
      { file: path.join(dir, "missing.yml"), field: "file", message: expect.stringMatching(/there is none/) },
    ]);
    expect(readSiteSettings(path.join(dir, "link.yml")).problems).toEqual([problem("file", /got a link/)]);
    expect(readSiteSettings(path.join(dir, "latin1.yml")).problems).toEqual([
      problem("file", /expected text in UTF-8/),
    ]);
  });
});

describe("the project's own settings", () => {
  it("pass the reader", () => {
    const { settings, problems } = readSiteSettings(path.resolve(import.meta.dirname, "../../site.yml"));
    expect(problems).toEqual([]);
    expect(settings).toBeDefined();
  });
});

describe("a settings file with a problem", () => {
  it("is reported by every command like a content file, by file and field, never as a crash", () => {
    const bad = path.join(contentFolder({}), "site.yml");
    fs.writeFileSync(
      bad,
      fs
        .readFileSync(settingsFile(), "utf8")
        .replace(/^timezone: .*$/m, "timezone: Asia/Tel_Aviv_Yafo")
        .replace(/^rsvp:/m, "rsvpp:"),
    );
    for (const args of [
      ["scripts/content.ts", "check"],
      ["scripts/content.ts", "build"],
      ["scripts/new.ts", "speaker", "--name", "X"],
    ]) {
      const run = spawnSync(tsx, args, { cwd: root, env: { ...process.env, SITE_CONFIG: bad }, encoding: "utf8" });
      expect(run.status, args.join(" ")).toBe(1);
      expect(run.stderr).toContain(`${bad}: timezone: expected an IANA time zone`);
      expect(run.stderr).toContain(`${bad}: rsvpp: unknown field "rsvpp": did you mean "rsvp"?`);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      // Whichever command it was: none of them says it was building the site.
      expect(run.stderr).toMatch(/\nFix the file above\.\n$/);
    }
  });
});

describe("the mark before the group's name", () => {
  it("is the group's own few characters, or none", () => {
    expect(read(`${minimal}mark: "🐧"\n`).settings?.mark).toBe("🐧");
    expect(read(minimal).settings).not.toHaveProperty("mark");
    expect(read(`${minimal}mark: "{rust}"\n`).problems).toEqual([
      problem("mark", /^expected at most 4 characters \(the name says the rest\), got 6: "\{rust\}"$/),
    ]);
  });
});

describe("the settings on link-preview images", () => {
  it("are drawable with the site's fonts, or the check says which letter isn't", () => {
    const { settings } = read(minimal);
    expect(settingsDrawableProblems(settings!)).toEqual([]);
    const problems = settingsDrawableProblems({ ...settings!, name: "Kernel \u{13000}", city: "Zürich" });
    expect(problems).toEqual([problem("name", /link-preview image can draw, got "𓀀"/)]);
    expect(settingsDrawableProblems({ ...settings!, mark: "\u{13000}" })).toEqual([
      problem("mark", /link-preview image can draw, got "𓀀"/),
    ]);
  });
});
