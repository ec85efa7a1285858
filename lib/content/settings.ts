import {
  INTERFACE_LANGUAGES,
  SETTINGS_FIELDS,
  SETTINGS_REPOSITORY_FIELDS,
  SETTINGS_RSVP_FIELDS,
  SETTINGS_SOCIAL_FIELDS,
} from "./schema";
import { readContentFile } from "./files";
import { readYaml } from "./front-matter";
import { optionalMarkdown } from "./markdown-field";
import { FieldReader, shown, type Problem } from "./problems";
import type { InterfaceLanguage, SiteSettings } from "./schema";

// The site's settings, read with the same care as the organizers' content: another group edits this file and
// content/, and nothing else.

/** Where the settings are: site.yml at the root, unless SITE_CONFIG names another file (tests, example sites). */
export const settingsFile = (): string => process.env.SITE_CONFIG ?? "site.yml";

/** Reads and checks the settings file; `settings` is there only when `problems` is empty. */
export function readSiteSettings(file: string): { settings?: SiteSettings; problems: Problem[] } {
  const fail = (field: string, message: string) => ({ problems: [{ file, field, message }] });
  const { text, problem } = readContentFile(file);
  if (problem) return fail("file", `${problem}: the site's settings are read from it`);
  const parsed = readYaml((text ?? "").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  if (!parsed.ok) return { problems: parsed.problems.map((message) => ({ file, field: "file", message })) };
  try {
    return normaliseSettings(file, parsed.data);
  } catch (error) {
    // A bug of the reader's, never a stack trace for the person editing the file.
    const reason = error instanceof Error ? error.message : String(error);
    return fail("file", `could not be read (${reason}): please report this with the file`);
  }
}

function normaliseSettings(
  file: string,
  data: Record<string, unknown>,
): { settings?: SiteSettings; problems: Problem[] } {
  const r = new FieldReader(file, data);
  r.known(SETTINGS_FIELDS);

  const name = r.string("name", { required: true, what: "the group's name" });
  const mark = readMark(r);
  const tagline = r.string("tagline", { required: true, what: "a one-line tagline" });
  // Folded or not, it ends up in one <meta> and one feed line.
  const description = r
    .paragraph("description", { required: true, what: "one or two sentences about the group" })
    ?.replace(/\s+/g, " ");
  const url = readSiteUrl(r);
  const timeZone = r.timeZone("timezone", true);
  const timeZoneLabel = r.string("timezone_label", { what: `how times are labelled, like "Israel time"` });
  const language = readInterfaceLanguage(r);
  const city = r.string("city", { required: true, what: "the city where meetups usually are" });
  const address = r.string("address", { what: "an address on one line" });
  const country = readCountry(r);
  const currency = readCurrency(r);
  const rsvp = readRsvp(r);
  const social = r.list("social").flatMap((s) => {
    s.known(SETTINGS_SOCIAL_FIELDS);
    const label = s.string("label", { required: true, what: `the link's label, like "GitHub"` });
    const link = requiredUrl(s, "url");
    return label && link ? [{ label, url: link }] : [];
  });
  const repository = readRepository(r);
  const homePastMeetups = readCount(r, "home_past_meetups", 3);
  const jekyllPermalink = readJekyllPermalink(r);
  const proposalsHtml = optionalMarkdown(r, "proposals", true);

  if (r.problems.length > 0) return { problems: r.problems };
  // Every required field is there when nothing was reported.
  return {
    problems: [],
    settings: {
      sourcePath: file,
      name: name!,
      ...(mark && { mark }),
      tagline: tagline!,
      description: description!,
      url: url!,
      timeZone: timeZone!,
      ...(timeZoneLabel && { timeZoneLabel }),
      language: language!,
      city: city!,
      ...(address && { address }),
      country: country!,
      currency: currency!,
      rsvp: rsvp!,
      social,
      repository: repository!,
      homePastMeetups,
      jekyllPermalink,
      ...(proposalsHtml && { proposalsHtml }),
    },
  };
}

/** The mark before the group's name: a few characters, which the header and each link preview leave room for. */
const MAX_MARK_CHARACTERS = 4;
function readMark(r: FieldReader): string | undefined {
  const mark = r.string("mark", { what: `a few characters before the group's name, like ">_"` });
  if (mark === undefined) return undefined;
  const characters = [...new Intl.Segmenter().segment(mark)].length;
  if (characters > MAX_MARK_CHARACTERS) {
    return r.fail(
      "mark",
      `expected at most ${MAX_MARK_CHARACTERS} characters (the name says the rest), got ${characters}: ${shown(mark)}`,
    );
  }
  return mark;
}

/** Jekyll's permalink styles a site could set in its _config.yml, by name: those a post's placeholders can fill. */
export const PERMALINK_STYLES: Record<string, string> = {
  date: "/:categories/:year/:month/:day/:title:output_ext",
  pretty: "/:categories/:year/:month/:day/:title/",
  none: "/:categories/:title:output_ext",
};
/** The placeholders meetup.ts fills in a post's address (jekyllPlaceholders). */
export const PERMALINK_PLACEHOLDERS = [
  "year",
  "short_year",
  "month",
  "i_month",
  "day",
  "i_day",
  "title",
  "slug",
  "categories",
  "output_ext",
] as const;

/** Why a permalink template can't be filled here: the first placeholder a post has no value for. */
export function permalinkProblem(template: string): string | undefined {
  const known: readonly string[] = PERMALINK_PLACEHOLDERS;
  const unknown = [...template.matchAll(/:([a-z_]+)/g)].map((m) => m[1]!).find((name) => !known.includes(name));
  return unknown && `expected Jekyll's placeholders (${known.map((p) => `:${p}`).join(", ")}), got :${unknown}`;
}

/** Where the old Jekyll site put its posts: one of its styles, or a template of the placeholders a post can fill. */
function readJekyllPermalink(r: FieldReader): string {
  const styles = Object.keys(PERMALINK_STYLES).join(", ");
  const value = r.string("jekyll_permalink", {
    what: `the permalink: of the old Jekyll site's _config.yml (${styles})`,
  });
  if (value === undefined || value in PERMALINK_STYLES) return value ?? "date";
  if (!value.startsWith("/"))
    return (
      r.fail("jekyll_permalink", `expected ${styles} or a template starting with "/", got ${shown(value)}`) ?? "date"
    );
  const problem = permalinkProblem(value);
  return problem ? (r.fail("jekyll_permalink", problem) ?? "date") : value;
}

/** A URL field that must be there, by the URL policy (https:// or http://). */
function requiredUrl(r: FieldReader, field: string): string | undefined {
  if (!r.has(field)) return r.fail(field, "required: expected a URL starting with https:// or http://, got nothing");
  return r.url(field);
}

/** A mapping that must be there. */
function requiredObject(r: FieldReader, field: string, fields: string[]): FieldReader | undefined {
  if (r.value(field) === undefined || r.value(field) === null) {
    return r.fail(field, `required: expected a mapping with ${fields.join(" and ")}, got nothing`);
  }
  const o = r.object(field);
  o?.known(fields);
  return o;
}

/** The deployment's address: https, a host and nothing after it; written without a trailing slash. */
function readSiteUrl(r: FieldReader): string | undefined {
  const expected = `the https:// address of the site, without a path, like "https://meetup.example.org"`;
  if (r.string("url", { required: true, what: expected }) === undefined) return undefined;
  const value = r.url("url");
  if (value === undefined) return undefined;
  const u = new URL(value);
  if (u.protocol !== "https:") return r.fail("url", `expected ${expected}, got ${shown(value)}: use https://`);
  // A base path (GitHub Pages' /<repository>/) is BASE_PATH's business, not the site's address.
  if (u.pathname !== "/" || u.search || u.hash) {
    return r.fail("url", `expected ${expected}, got ${shown(value)}; a base path is set with BASE_PATH when building`);
  }
  return `https://${u.host}`;
}

function readInterfaceLanguage(r: FieldReader): InterfaceLanguage | undefined {
  const what = `the interface language, one of ${INTERFACE_LANGUAGES.join(", ")}`;
  const value = r.string("language", { required: true, what });
  if (value === undefined) return undefined;
  const language = INTERFACE_LANGUAGES.find((l) => l === value.toLowerCase());
  return language ?? r.fail("language", `expected ${what} (the site ships a catalog for these), got ${shown(value)}`);
}

// Codes ISO 3166 keeps for other uses (user-assigned, or reserved like EU and UN) are not countries.
const NOT_COUNTRIES = /^(AA|Q[M-Z]|X[A-Z]|ZZ|EU|EZ|UN)$/;
const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

function readCountry(r: FieldReader): string | undefined {
  const what = `a country's ISO 3166-1 code, like "IL" or "US"`;
  const value = r.string("country", { required: true, what });
  if (value === undefined) return undefined;
  const code = value.toUpperCase();
  if (code === "UK") return r.fail("country", `expected ${what}, got "UK": the United Kingdom's code is "GB"`);
  const known = /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.test(code) && regionNames.of(code) !== code;
  return known ? code : r.fail("country", `expected ${what}, got ${shown(value)}`);
}

function readCurrency(r: FieldReader): string | undefined {
  const what = `a currency's ISO 4217 code, like "ILS" or "USD"`;
  const value = r.string("currency", { required: true, what });
  if (value === undefined) return undefined;
  const code = value.toUpperCase();
  return Intl.supportedValuesOf("currency").includes(code)
    ? code
    : r.fail("currency", `expected ${what}, got ${shown(value)}`);
}

function readRsvp(r: FieldReader): SiteSettings["rsvp"] | undefined {
  const o = requiredObject(r, "rsvp", SETTINGS_RSVP_FIELDS);
  if (!o) return undefined;
  const service = o.string("service", { required: true, what: `the RSVP service's name, like "Meetup.com"` });
  const url = requiredUrl(o, "url");
  return service && url ? { service, url } : undefined;
}

// What git accepts in a branch name, roughly: no spaces, "..", "~^:?*[\", leading "-" or trailing "/", ".", ".lock".
const BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)[^\s~^:?*[\\\u0000-\u001f\u007f]+(?<![/.])(?<!\.lock)$/;

function readRepository(r: FieldReader): SiteSettings["repository"] | undefined {
  const o = requiredObject(r, "repository", SETTINGS_REPOSITORY_FIELDS);
  if (!o) return undefined;
  const url = requiredUrl(o, "url");
  if (url && !/^https:/i.test(url)) o.fail("url", `expected the repository's https:// address, got ${shown(url)}`);
  const branch = o.string("branch", { what: `a branch name like "main"` }) ?? "main";
  if (!BRANCH.test(branch)) o.fail("branch", `expected a branch name like "main", got ${shown(branch)}`);
  if (!url || o.problems.some((p) => p.field.startsWith("repository."))) return undefined;
  return { url: url.replace(/\/+$/, ""), branch };
}

function readCount(r: FieldReader, field: string, fallback: number): number {
  const value = r.string(field, { what: "a whole number" });
  if (value === undefined) return fallback;
  if (!/^\d{1,3}$/.test(value) || Number(value) > 100) {
    return r.fail(field, `expected a whole number from 0 to 100, got ${shown(value)}`) ?? fallback;
  }
  return Number(value);
}
