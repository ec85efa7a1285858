import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import ICAL from "ical.js";
import { EBPF, MEMORY, siteDir, siteUrl } from "./sites";

const xml = new XMLParser({ ignoreAttributes: false });

function events(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  return cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The site's own absolute URLs point at kerneltlv.com: read them from the local copy instead. */
const local = (url: string) => new URL(url).pathname + new URL(url).search;

test("a meetup page offers its calendar file, Google and Outlook links and the subscription", async ({
  page,
  request,
}) => {
  await page.goto(EBPF);
  const add = page.getByRole("region", { name: "Add to calendar" });
  const file = add.getByRole("link", { name: "Calendar file (.ics)" });
  await expect(file).toHaveAttribute("href", `${EBPF}calendar.ics`);
  await expect(add.getByRole("link", { name: "Google Calendar" })).toHaveAttribute(
    "href",
    /^https:\/\/calendar\.google\.com\/.*20990310T170000Z/,
  );
  await expect(add.getByRole("link", { name: "Outlook" })).toHaveAttribute(
    "href",
    /^https:\/\/outlook\.live\.com\/.*startdt=2099-03-10T19%3A00%3A00%2B02%3A00/,
  );
  await expect(add.getByRole("link", { name: "Subscribe to every meetup" })).toHaveAttribute(
    "href",
    "webcal://kerneltlv.com/calendar.ics",
  );

  const ics = await request.get(`${EBPF}calendar.ics`);
  expect(ics.ok()).toBe(true);
  const [event] = events(await ics.text());
  expect(event!.summary).toBe("eBPF Everywhere");
  expect(event!.startDate.toString()).toBe("2099-03-10T19:00:00");
  expect(event!.startDate.zone.tzid).toBe("Asia/Jerusalem");
});

test("a past meetup doesn't ask to be added to a calendar", async ({ page }) => {
  await page.goto(MEMORY);
  await expect(page.getByRole("region", { name: "Add to calendar" })).toBeHidden();
});

test("the subscription calendar holds every meetup, with UIDs and times that survive a rebuild", async ({
  request,
}) => {
  // Built on a machine in UTC+14: the times are still the meetups' own, and each UID comes from the
  // meetup's address alone, so a calendar that subscribed keeps one entry per meetup, updated in place.
  const all = events(await (await request.get(`${siteUrl("fixture")}/calendar.ics`)).text());
  expect(all).toHaveLength(12);
  expect(new Set(all.map((e) => e.uid)).size).toBe(12);
  const ebpf = all.find((e) => e.summary === "eBPF Everywhere")!;
  expect(ebpf.uid).toBe("2099-03-10-ebpf-everywhere@kerneltlv.com");
  expect(ebpf.startDate.toJSDate().toISOString()).toBe("2099-03-10T17:00:00.000Z");
});

async function head(request: APIRequestContext, pathname: string) {
  const html = await (await request.get(pathname)).text();
  const meta = (key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const link = (rel: string, type?: string) =>
    new RegExp(`<link rel="${rel}"${type ? ` type="${escape(type)}"` : ""} href="([^"]*)"`).exec(html)?.[1];
  return { html, meta, link };
}

test("every page type's head carries its canonical URL, link-preview tags and the feeds", async ({ request }) => {
  for (const [pathname, title] of [
    ["/", "KernelTLV · Tel-Aviv-Yafo Linux Kernel Meetup"],
    [EBPF, "eBPF Everywhere · KernelTLV"],
    ["/speakers/dana-fixture/", "Dana Fixture · KernelTLV"],
    ["/meetups/", "All meetups · KernelTLV"],
  ] as const) {
    const { meta, link } = await head(request, pathname);
    expect(link("canonical"), pathname).toBe(`https://kerneltlv.com${pathname}`);
    expect(meta("og:title"), pathname).toBe(title);
    expect(meta("og:url"), pathname).toBe(`https://kerneltlv.com${pathname}`);
    expect(meta("og:description"), pathname).toBeTruthy();
    expect(meta("twitter:card"), pathname).toBe("summary_large_image");
    expect(link("alternate", "application/rss+xml"), pathname).toBe("https://kerneltlv.com/feed.xml");
    expect(link("alternate", "application/atom+xml"), pathname).toBe("https://kerneltlv.com/atom.xml");
    expect(link("alternate", "application/feed+json"), pathname).toBe("https://kerneltlv.com/feed.json");
  }
});

test("the site, each meetup and each speaker have a 1200x630 PNG preview, served as a PNG", async ({ request }) => {
  for (const pathname of ["/", EBPF, "/speakers/dana-fixture/", "/meetups/"]) {
    const { meta } = await head(request, pathname);
    const image = meta("og:image");
    // Versioned by what it shows (?v=), for chats that keep an image by its address.
    expect(image, pathname).toMatch(/^https:\/\/kerneltlv\.com\/.*\.png\?v=[0-9a-f]{8}$/);
    expect(meta("twitter:image"), pathname).toBe(image);
    const response = await request.get(local(image!));
    // Link previewers trust the Content-Type, which a static host takes from the file's extension.
    expect(response.headers()["content-type"], pathname).toBe("image/png");
    expect(pngSize(await response.body()), pathname).toEqual([1200, 630]);
  }
});

test("a meetup page carries a schema.org Event and a speaker page a Person", async ({ request }) => {
  const ld = async (pathname: string) =>
    JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec((await head(request, pathname)).html)![1]!);
  const event = await ld(EBPF);
  expect(event["@type"]).toBe("Event");
  expect(event.startDate).toBe("2099-03-10T19:00:00+02:00");
  expect(event.location["@type"]).toBe("Place");
  expect(event.performer.map((p: { name: string }) => p.name)).toEqual(["Dana Fixture", "Yossi Fixture"]);
  expect((await ld("/speakers/dana-fixture/"))["@type"]).toBe("Person");
});

test("the feeds list every published meetup, newest first", async ({ request }) => {
  const rss = xml.parse(await (await request.get("/feed.xml")).text()).rss.channel;
  const titles = (rss.item as { title: string }[]).map((i) => i.title);
  expect(titles).toHaveLength(12);
  expect(titles[0]).toBe("Guest Night in Berlin");
  expect(titles).not.toContain("Secret Draft Meetup");
  const atom = xml.parse(await (await request.get("/atom.xml")).text()).feed;
  expect(atom.entry).toHaveLength(12);
  const json = await (await request.get("/feed.json")).json();
  expect(json.items).toHaveLength(12);
});

test("the sitemap lists exactly the pages that exist, and robots.txt points at it", async ({ request }) => {
  const sitemap = xml.parse(await (await request.get("/sitemap.xml")).text());
  const listed = (sitemap.urlset.url as { loc: string }[]).map((u) => local(u.loc)).sort();
  const root = siteDir("fixture");
  const built = fs
    .readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith("index.html"))
    // Less a page that asks not to be indexed: the card other sites frame (/embed/next/) is not one to find.
    .filter((f) => !/<meta name="robots" content="noindex"/.test(fs.readFileSync(path.join(root, f), "utf8")))
    .map((f) => `/${path.dirname(f)}/`.replace(/^\/\.\/$/, "/").replace(/\\/g, "/"))
    .filter((p) => !/^\/(404|_not-found)\/$/.test(p))
    .sort();
  expect(listed).toEqual(built);
  for (const pathname of listed) expect((await request.get(pathname)).status(), pathname).toBe(200);
  expect(await (await request.get("/robots.txt")).text()).toContain("Sitemap: https://kerneltlv.com/sitemap.xml");
});
