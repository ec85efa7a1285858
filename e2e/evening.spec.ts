import { expect, test, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";
import { axeViolations } from "./axe";
import { EBPF, siteUrl, SUMMER } from "./sites";

// The evening itself (issue 15): how to get there, joining from afar, who hosts,
// how it looked, and the code of conduct. On the Hebrew example site (every
// field, under a base path) and the English fixture site.

const NYC = `${siteUrl("hebrew")}/kernel-nyc`;
/** Thursday 14 May 2099, 18:30-21:00 in New York (-04:00): venue, directions, stream, three hosts. */
const EVENING = `${NYC}/meetups/${encodeURIComponent("2099-05-14-ערב-ebpf")}/`;
/** Wednesday 15 January 2025, past: two photos, one landscape (1600x1067 JPEG), one portrait (1200x1600 WebP). */
const JANUARY = `${NYC}/meetups/${encodeURIComponent("2025-01-15-ebpf-בפרודקשן")}/`;
const STREAM = "https://www.youtube.com/live/aqz-KE-bpKQ";

const status = (page: Page) => page.locator("main header[data-live] > p").first();

/** The point a map link puts on the map, as its service reads it. */
function pointOf(href: string): string {
  const url = new URL(href);
  if (url.hostname === "www.openstreetmap.org")
    return `${url.searchParams.get("mlat")},${url.searchParams.get("mlon")}`;
  if (url.hostname === "www.google.com") return url.searchParams.get("query")!;
  if (url.hostname === "maps.apple.com") return url.searchParams.get("ll")!;
  throw new Error(`not a map link: ${href}`);
}

async function expectMapLinks(where: Locator, venue: string, on: (service: string) => string, point: string) {
  for (const service of ["OpenStreetMap", "Google Maps", "Apple Maps"]) {
    const link = where.getByRole("link", { name: on(service), exact: true });
    await expect(link).toHaveText(service);
    expect(pointOf((await link.getAttribute("href"))!), service).toBe(point);
  }
  expect(venue).toBeTruthy();
}

test.describe("find the way to an upcoming meetup", () => {
  test("the Hebrew site gives map links to the venue's point, the way in and what is accessible", async ({ page }) => {
    await page.goto(EVENING);
    const where = page.locator("dl div").filter({ has: page.getByText("איפה", { exact: true }) });
    await expect(where).toContainText("מעבדות דוגמה");
    await expect(where).toContainText("100 Example Ave, 5th floor, New York, NY 10011");
    await expectMapLinks(where, "מעבדות דוגמה", (s) => `מעבדות דוגמה ב־${s}`, "40.7411,-73.9897");

    const way = page.getByRole("region", { name: "איך מגיעים" });
    await expect(way.getByRole("heading", { name: "הוראות הגעה" })).toBeVisible();
    await expect(way).toContainText(
      'קומה 5. הכניסה מהרחוב הצדדי, לא מהשדרה; בלובי אומרים לשומר שבאתם ל"קרנל ניו יורק".',
    );
    await expect(way.locator("strong")).toHaveText("הרחוב הצדדי");
    await expect(way.getByRole("heading", { name: "נגישות" })).toBeVisible();
    await expect(way).toContainText("כניסה ללא מדרגות, מעלית לכל הקומות ושירותים נגישים בקומה 5.");

    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld.location[0].geo).toEqual({ "@type": "GeoCoordinates", latitude: 40.7411, longitude: -73.9897 });
  });

  test("the English site does the same, and its map links open the venue's point", async ({ page }) => {
    await page.goto(EBPF);
    const where = page.locator("dl div").filter({ has: page.getByText("Where", { exact: true }) });
    await expectMapLinks(where, "Fixture Hall", (s) => `Fixture Hall on ${s}`, "32.0853,34.7818");
    const way = page.getByRole("region", { name: "Getting there" });
    await expect(way).toContainText("Third floor. The entrance is from the side street");
    await expect(way).toContainText("Step-free entrance, a lift to every floor");
    // The organizer's own map link gives way to the three services when the venue has coordinates.
    await expect(where.getByRole("link", { name: "Map of Fixture Hall" })).toHaveCount(0);
  });

  test("@js once the meetup is over, the way there is no longer shown", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2099-03-11T10:00:00+02:00"));
    await page.goto(EBPF);
    await expect(status(page)).toHaveText(/past meetup/i);
    await expect(page.getByRole("region", { name: "Getting there" })).toHaveCount(0);
    await expect(page.getByText(/^Third floor\./)).toBeHidden();
  });
});

test.describe("join the stream while it is live", () => {
  test("@js before, the stream is a link beside when and where; while live, a button at the top; after, gone", async ({
    page,
  }) => {
    await page.clock.install({ time: new Date("2099-05-14T18:20:00-04:00") });
    await page.goto(EVENING);
    const fact = page.locator("dl div").filter({ has: page.getByText("אונליין", { exact: true }) });
    await expect(fact.getByRole("link", { name: "הצטרפות ב־youtube.com" })).toHaveAttribute("href", STREAM);
    const button = page.getByRole("link", { name: "הצטרפות לשידור עכשיו" });
    await expect(button).toBeHidden();

    await page.clock.fastForward("15:00");
    await expect(status(page)).toHaveText(/מתקיים עכשיו/);
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute("href", STREAM);
    await expect(button).toBeInViewport();
    // It comes before the RSVP button: the first thing to do while the meetup is on.
    const [joinBox, rsvpBox] = [
      await button.boundingBox(),
      await page.getByRole("link", { name: "הרשמה ב־Luma" }).boundingBox(),
    ];
    expect(joinBox!.y).toBeLessThan(rsvpBox!.y);
    await expect(fact).toBeVisible();

    await page.clock.fastForward("03:00:00");
    await expect(status(page)).toHaveText(/מפגש שהתקיים/);
    await expect(button).toBeHidden();
    await expect(fact).toBeHidden();
    await expect(page.locator(`a[href="${STREAM}"]:visible`)).toHaveCount(1); // the announcement's own link, in its text
  });

  test("@no-js the link is on the page before the meetup, and the button waits for it to start", async ({ page }) => {
    await page.goto(EVENING);
    await expect(page.getByRole("link", { name: "הצטרפות ב־youtube.com" })).toHaveAttribute("href", STREAM);
    await expect(page.getByRole("link", { name: "הצטרפות לשידור עכשיו" })).toBeHidden();
  });

  test("@js on the English site and its home page, the stream's button of a meetup without a venue yet shows while it is on", async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date("2099-07-14T19:30:00+03:00"));
    await page.goto(SUMMER);
    await expect(page.getByRole("link", { name: "Join online now" })).toHaveAttribute(
      "href",
      "https://www.youtube.com/live/jNQXAC9IVRw",
    );
    await page.goto("/");
    const lead = page.locator("article:visible").filter({ hasText: "Happening now" });
    await expect(lead.getByRole("heading", { level: 2 })).toHaveText("Summer Scheduling");
    await expect(lead.getByRole("link", { name: "Join online now" })).toBeVisible();
  });

  test("a meetup without a stream has no stream link", async ({ page }) => {
    await page.goto(EBPF);
    await expect(page.getByText("Online", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /join online/i })).toHaveCount(0);
  });
});

test.describe("who hosts the evening", () => {
  test("the meetup page names each host, with its logo and a link to its site", async ({ page }) => {
    await page.goto(EVENING);
    const hosts = page
      .locator("header")
      .getByRole("list")
      .filter({ has: page.getByRole("img", { name: "מעבדות דוגמה" }) });
    const labs = hosts.getByRole("link", { name: "מעבדות דוגמה" });
    await expect(labs).toHaveAttribute("href", "https://labs.example.org");
    const logo = labs.getByRole("img", { name: "מעבדות דוגמה" });
    await expect(logo).toHaveAttribute("src", "/kernel-nyc/hosts/example-labs.svg");
    // 240x80 drawn 32 high.
    await expect(logo).toHaveAttribute("width", "96");
    await expect(logo).toHaveAttribute("height", "32");
    const cloud = hosts.getByRole("img", { name: "Example Cloud" });
    await expect(cloud).toHaveAttribute("src", "/kernel-nyc/hosts/example-cloud.png");
    expect(await cloud.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(480);
    // A host with no link and no logo: its name.
    await expect(hosts.getByRole("listitem").nth(2)).toHaveText("קהילת לינוקס ישראל בניו יורק");
    await expect(hosts.getByRole("listitem").nth(2).getByRole("link")).toHaveCount(0);
  });

  test("the home page's lead names the next meetup's hosts", async ({ page }) => {
    await page.goto("/");
    const lead = page.locator("article:visible").filter({ hasText: "Next meetup" });
    await expect(lead.getByRole("heading", { level: 2 })).toHaveText("eBPF Everywhere");
    await expect(lead.getByText("Hosted by")).toBeVisible();
    await expect(lead.getByRole("link", { name: "Example Corp" })).toHaveAttribute("href", "https://example.com");
    await expect(lead.getByText("The Fixture Society")).toBeVisible();
  });

  test("@js on the Hebrew home page, the lead shows its hosts once it is the next meetup, and drops them after", async ({
    page,
  }) => {
    // The day after the memory evening, which its new date put before this one.
    await page.clock.setFixedTime(new Date("2099-04-24T12:00:00-04:00"));
    await page.goto(`${NYC}/`);
    const lead = page.locator("article:visible").filter({ hasText: "המפגש הבא" });
    await expect(lead.getByRole("heading", { level: 2 })).toHaveText("ערב eBPF: מהקרנל ועד הפרודקשן");
    await expect(lead.getByRole("img", { name: "מעבדות דוגמה" })).toBeVisible();
    await expect(lead.getByRole("link", { name: "Example Cloud" })).toBeVisible();

    await page.clock.setFixedTime(new Date("2099-05-15T12:00:00-04:00"));
    await page.reload();
    await expect(page.getByText("המפגש הבא עוד לא נקבע")).toBeVisible();
    await expect(page.getByRole("img", { name: "מעבדות דוגמה" })).toBeHidden();
  });
});

test.describe("browse a past meetup's photos", () => {
  const gallery = (page: Page) => page.getByRole("region", { name: "תמונות" });

  test("each photo has its size, loads lazily, and comes in AVIF at widths up to its own", async ({
    page,
    request,
  }) => {
    await page.goto(JANUARY);
    const images = gallery(page).getByRole("img");
    await expect(images).toHaveCount(2);
    const expected = [
      {
        alt: "אולם מלא בזמן ההרצאה הראשונה, השקף הראשון על המסך",
        width: "1600",
        height: "1067",
        widths: [480, 960, 1600],
      },
      { alt: "הקהל מקשיב להרצאה על btrfs, צילום לאורך", width: "1200", height: "1600", widths: [480, 960, 1200] },
    ];
    for (const [i, photo] of expected.entries()) {
      const img = images.nth(i);
      await expect(img).toHaveAttribute("alt", photo.alt);
      await expect(img).toHaveAttribute("width", photo.width);
      await expect(img).toHaveAttribute("height", photo.height);
      await expect(img).toHaveAttribute("loading", "lazy");
      await expect(img).toHaveAttribute("decoding", "async");
      const source = gallery(page).locator("picture").nth(i).locator("source");
      await expect(source).toHaveAttribute("type", "image/avif");
      await expect(source).toHaveAttribute("sizes", /^\(min-width: [\d.]+rem\) \d+px, \d+vw$/);
      const candidates = (await source.getAttribute("srcset"))!.split(", ").map((c) => c.split(" "));
      expect(candidates.map(([, w]) => w)).toEqual(photo.widths.map((w) => `${w}w`));
      for (const [url, w] of candidates) {
        const response = await request.get(new URL(url!, EVENING).href);
        expect(response.status(), url).toBe(200);
        expect(response.headers()["content-type"], url).toBe("image/avif");
        const meta = await sharp(await response.body()).metadata();
        expect(meta.compression, url).toBe("av1");
        expect(`${meta.width}w`, url).toBe(w);
        // The photo's own shape, to the pixel.
        expect(Math.abs(meta.height! - (meta.width! * Number(photo.height)) / Number(photo.width)), url).toBeLessThan(
          1,
        );
      }
    }
  });

  test("a phone picks the narrowest AVIF, and never downloads the originals", async ({ page }) => {
    const requested: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "image") requested.push(new URL(r.url()).pathname);
    });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(JANUARY);
    const first = gallery(page).getByRole("img").first();
    await first.scrollIntoViewIfNeeded();
    await expect
      .poll(() => first.evaluate((img: HTMLImageElement) => img.complete && img.currentSrc))
      .toMatch(/\/photos\/1-480\.avif$/);
    expect(requested.filter((p) => p.includes("/photos/2025-01-15/"))).toEqual([]);
  });

  test("each photo opens at full size from the keyboard, with a visible focus indicator", async ({ page }) => {
    await page.goto(JANUARY);
    const link = gallery(page).getByRole("link", { name: "הקהל מקשיב להרצאה על btrfs, צילום לאורך (בגודל מלא)" });
    await expect(link).toHaveAttribute("href", "/kernel-nyc/photos/2025-01-15/02.webp");
    // Tab from the heading before the gallery until the photo's link has the focus.
    await gallery(page).getByRole("heading").click();
    for (let i = 0; i < 5 && !(await link.evaluate((a) => a === document.activeElement)); i++)
      await page.keyboard.press("Tab");
    await expect(link).toBeFocused();
    const indicator = await link.evaluate((a) => {
      const s = getComputedStyle(a);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(indicator.style).not.toBe("none");
    expect(indicator.width).toBeGreaterThanOrEqual(2);
    const [response] = await Promise.all([page.waitForEvent("response"), page.keyboard.press("Enter")]);
    expect(response.url()).toBe(`${NYC}/photos/2025-01-15/02.webp`);
    expect(response.headers()["content-type"]).toBe("image/webp");
    // The photo is what the tab now shows (and the navigation is over before the test closes it).
    await expect(page).toHaveURL(`${NYC}/photos/2025-01-15/02.webp`);
    await expect.poll(() => page.evaluate(() => document.querySelector("img")?.naturalWidth ?? 0)).toBeGreaterThan(0);
  });

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
  ]) {
    test(`@js at ${viewport.width} px, a landscape and a portrait photo share a row, whole, within the page`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto(JANUARY);
      await gallery(page).scrollIntoViewIfNeeded();
      const boxes = await gallery(page)
        .getByRole("img")
        .evaluateAll((imgs) =>
          imgs.map((img) => {
            const r = img.getBoundingClientRect();
            // The photo's own shape, from its file (the attributes), against the one it is drawn in.
            return {
              left: r.left,
              right: r.right,
              top: r.top,
              height: r.height,
              ratio: r.width / r.height,
              natural: Number(img.getAttribute("width")) / Number(img.getAttribute("height")),
            };
          }),
        );
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      for (const box of boxes) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(width);
        expect(Math.abs(box.ratio - box.natural) / box.natural).toBeLessThan(0.02);
        // Big enough to see what is on it.
        expect(box.height).toBeGreaterThan(150);
      }
      // Side by side, as high as each other: the portrait isn't dwarfed by the landscape.
      expect(boxes).toHaveLength(2);
      expect(Math.abs(boxes[0]!.top - boxes[1]!.top)).toBeLessThan(1);
      expect(Math.abs(boxes[0]!.height - boxes[1]!.height)).toBeLessThan(2);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }

  test("an upcoming meetup without photos has no gallery", async ({ page }) => {
    await page.goto(EVENING);
    await expect(page.getByRole("region", { name: "תמונות" })).toHaveCount(0);
  });
});

test.describe("the code of conduct", () => {
  test("is linked from the footer and the propose-a-talk page, and reads as the group wrote it", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Code of conduct" }).click();
    await expect(page).toHaveURL("/code-of-conduct/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Code of conduct");
    await expect(page.getByRole("main")).toContainText("The fixture group's meetups are for everyone");
    await page.goto("/propose/");
    await page.getByRole("main").getByRole("link", { name: "code of conduct" }).click();
    await expect(page).toHaveURL("/code-of-conduct/");
  });

  test("the Hebrew site's, under its base path", async ({ page }) => {
    await page.goto(`${NYC}/propose/`);
    await expect(page.getByRole("main")).toContainText(
      "כל מי שמגיעים למפגשים שלנו, גם המרצים, מקבלים על עצמם את קוד ההתנהגות.",
    );
    await page.getByRole("main").getByRole("link", { name: "קוד ההתנהגות" }).click();
    await expect(page).toHaveURL(`${NYC}/code-of-conduct/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("קוד התנהגות");
    await expect(page.getByRole("heading", { name: "אם משהו קרה" })).toBeVisible();
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "קוד התנהגות" })).toHaveAttribute(
      "href",
      "/kernel-nyc/code-of-conduct/",
    );
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const url of [EVENING, JANUARY, `${NYC}/code-of-conduct/`]) {
      test(`@js ${decodeURIComponent(url.replace(NYC, ""))} has no accessibility violations`, async ({ page }) => {
        await page.goto(url);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
