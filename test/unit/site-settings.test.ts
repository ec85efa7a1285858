import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n";
import { site } from "@/lib/site/config";
import { root } from "./helpers";

/** Every source file of the pages and components, and GitHub's workflows and forms (the talk proposal's). */
function sources(): { file: string; text: string }[] {
  return ["app", "components", ".github"].flatMap((dir) =>
    fs
      .readdirSync(path.join(root, dir), { recursive: true })
      .map(String)
      .filter((f) => /\.(tsx?|css|ya?ml)$/.test(f))
      .map((f) => ({ file: `${dir}/${f}`, text: fs.readFileSync(path.join(root, dir, f), "utf8") })),
  );
}

// What makes this site KernelTLV's, which another group changes in the settings and nowhere else.
const groupSpecific = [
  site.name,
  site.tagline,
  site.city,
  site.address,
  site.timeZone,
  site.timeZoneLabel,
  site.rsvp.service,
  new URL(site.rsvp.url).hostname,
  new URL(site.url).hostname,
  new URL(site.repository.url).pathname,
  ...site.social.map((s) => new URL(s.url).hostname),
  "Tel Aviv",
  "Israel",
  "Linux",
  "kernel",
  "ILS",
].filter((word): word is string => !!word && word.length > 2);

describe("one settings file for everything group-specific", () => {
  it("leaves no group-specific word in the pages and components, or in what GitHub runs and shows", () => {
    const found = sources().flatMap(({ file, text }) =>
      groupSpecific
        .filter((word) => new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\b`, "i").test(text))
        .map((word) => `${file}: ${word}`),
    );
    expect(found).toEqual([]);
  });

  it("leaves none in the interface's words either", () => {
    for (const [language, catalog] of Object.entries(catalogs)) {
      const text = JSON.stringify(catalog, (_key, value: unknown) =>
        typeof value === "function" ? value.toString() : value,
      );
      for (const word of groupSpecific) expect(text, `${language}: ${word}`).not.toContain(word);
    }
  });

  it("ships every interface word in each language", () => {
    const keys = (value: unknown, prefix = ""): string[] =>
      typeof value === "object" && value !== null && !Array.isArray(value)
        ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
        : [prefix];
    expect(keys(catalogs.he)).toEqual(keys(catalogs.en));
    expect(catalogs.he.propose.steps).toHaveLength(catalogs.en.propose.steps.length);
  });
});
