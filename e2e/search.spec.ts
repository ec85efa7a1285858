import { expect, test, type Page } from "@playwright/test";
import { EBPF, siteUrl, SUMMER } from "./sites";

// "slowing" is in one talk's abstract only (eBPF Everywhere, "Tracing the scheduler with eBPF");
// "במתזמן" in the Hebrew abstract of Summer Scheduling's talk.
const SEARCH_BOX = { name: "Search meetups, talks and speakers" };

async function searchFromHeader(page: Page, words: string) {
  const box = page.getByRole("banner").getByRole("searchbox", SEARCH_BOX);
  await box.fill(words);
  await box.press("Enter");
}

const results = (page: Page) => page.getByRole("region", { name: "Results" }).getByRole("listitem");
const result = (page: Page, title: string) =>
  results(page).filter({ has: page.getByRole("heading", { level: 2, name: title }) });

/** Follows a section link of a result and checks it lands on that talk's heading. */
async function followToTalk(page: Page, title: string, meetupPath: string) {
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`${meetupPath}#.+$`));
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const heading = page.locator(`[id="${id}"]`);
  await expect(heading).toHaveText(title);
  await expect(heading).toHaveJSProperty("tagName", "H3");
  await expect(heading).toBeInViewport();
}

test("@js a word of a talk's abstract, searched from the home page, leads to the talk", async ({ page }) => {
  await page.goto("/");
  await searchFromHeader(page, "slowing");
  await expect(page).toHaveURL("/search/?q=slowing");
  await expect(page.getByRole("status")).toHaveText("1 result for “slowing”");
  const found = result(page, "eBPF Everywhere");
  await expect(results(page).getByRole("heading", { level: 2 })).toHaveText(["eBPF Everywhere"]);
  await expect(found).toContainText("Meetup · Tuesday, 10 March 2099");
  await expect(found.locator("mark")).toHaveText(["slowing"]);
  await followToTalk(page, "Tracing the scheduler with eBPF", EBPF);
});

test("@js search works under a base path, in a Hebrew interface", async ({ page }) => {
  // The Hebrew example site, served under /kernel-nyc: a word only one talk's abstract has.
  const nyc = `${siteUrl("hebrew")}/kernel-nyc`;
  await page.goto(`${nyc}/`);
  await page.getByRole("banner").getByRole("searchbox", { name: "חיפוש מפגשים, הרצאות ומרצים" }).fill("sk_buff");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${nyc}/search/?q=sk_buff`);
  await expect(page.getByRole("status")).toHaveText('תוצאה אחת עבור "sk_buff"');
  const evening = `/kernel-nyc/meetups/${encodeURIComponent("2099-05-14-ערב-ebpf")}/`;
  const hit = page.getByRole("region", { name: "תוצאות" }).getByRole("listitem");
  await expect(hit.getByRole("link", { name: "ערב eBPF: מהקרנל ועד הפרודקשן" })).toHaveAttribute("href", evening);
  await followToTalk(page, "XDP מאפס: מנות ברשת לפני שהליבה רואה אותן", evening.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
});

test("@js an excerpt says neither the heading above it again nor the interface's own headings", async ({ page }) => {
  await page.goto("/search/?q=evening");
  const evening = result(page, "Filesystems Evening");
  await expect(evening).toContainText("An evening on filesystems.");
  await expect(evening).not.toContainText(/About this meetup|Schedule|Topics/);
  const speaker = result(page, "Dana Fixture");
  await expect(speaker).toContainText("Filesystems Evening");
  await expect(speaker).not.toContainText("Talks at KernelTLV");

  // The venue's map links and the hosts' label are the interface's words too; the venue and hosts are the meetup's.
  await page.goto("/search/?q=everywhere");
  const ebpf = result(page, "eBPF Everywhere");
  await expect(ebpf).toContainText("Fixture Hall 1 Example St, Tel Aviv Example Corp.");
  await expect(ebpf).not.toContainText(/OpenStreetMap|Google Maps|Hosted by/);
  // Its topics follow what it is about, rather than open the excerpt.
  await page.goto("/search/?q=tracing");
  await expect(result(page, "eBPF Everywhere").locator('[data-slot="excerpt"]')).toHaveText(
    / An evening of eBPF\. Bring questions\. #ebpf #tracing$/,
  );

  await page.goto("/search/?q=slowing");
  const talk = result(page, "eBPF Everywhere").getByRole("listitem");
  await expect(talk.getByRole("link")).toHaveText("Tracing the scheduler with eBPF");
  await expect(talk.locator("p")).toHaveText(/^Dana Fixture .*without slowing the box down\.$/);

  // Words the page sets apart by its layout alone stay apart, and the button to join isn't the page's text.
  await page.goto("/search/?q=scheduler");
  const online = result(page, "Scheduler Night, Online");
  await expect(online).toContainText("Online Join online on meet.example.org");
  await expect(online).not.toContainText("Join online now");

  // A speaker's talks read as their titles and meetups, without the days and topics between them.
  await page.goto(`${siteUrl("hebrew")}/kernel-nyc/search/?q=btrfs`);
  const david = page.getByRole("region", { name: "תוצאות" }).getByRole("listitem").filter({ hasText: "דוד כהן" });
  await expect(david.first()).toContainText("באג של שלושה שבועות ב-btrfs");
  await expect(david.first()).not.toContainText(/#\w|\d{4}\./);
});

test("@js a Hebrew word is found with the letters Hebrew joins to its front, and without them", async ({ page }) => {
  // In the Hebrew example site, "production" is only ever written joined: בפרודקשן (in), הפרודקשן (the).
  const search = `${siteUrl("hebrew")}/kernel-nyc/search/`;
  const titles = page.getByRole("region", { name: "תוצאות" }).getByRole("heading", { level: 2 });
  const meetups = ["eBPF בפרודקשן, ובאג של שלושה שבועות", "ערב eBPF: מהקרנל ועד הפרודקשן"];
  for (const words of ["פרודקשן", "בפרודקשן"]) {
    await page.goto(`${search}?q=${encodeURIComponent(words)}`);
    await expect(page.getByRole("status")).toHaveText(`5 תוצאות עבור "${words}"`);
    expect(await titles.allTextContents()).toEqual(expect.arrayContaining(meetups));
  }
  await expect(page.getByRole("region", { name: "תוצאות" }).locator("mark").first()).toHaveText(/^[בה]פרודקשן/);
});

test("@js a word on no page finds nothing, though a page has a shorter word it starts with", async ({ page }) => {
  // "Btrfs" is in Filesystems Evening's talk, and so on Dana's page; no page says "btrfsxyz" or "xyzq".
  const titles = results(page).getByRole("heading", { level: 2 });
  for (const words of ["btrfsxyz", "btrfs xyzq"]) {
    await page.goto(`/search/?q=${encodeURIComponent(words)}`);
    await expect(page.getByRole("status")).toHaveText(`No results for “${words}”`);
    await expect(titles).toHaveCount(0);
    await expect(page.getByRole("link", { name: "All meetups, by year" })).toBeVisible();
  }
  // A word's beginning, as typed so far, and the word itself, find it.
  for (const words of ["btr", "btrfs"]) {
    await page.goto(`/search/?q=${words}`);
    await expect(page.getByRole("status")).toHaveText(`2 results for “${words}”`);
    expect((await titles.allTextContents()).sort()).toEqual(["Dana Fixture", "Postponed: Filesystems Evening"]);
  }
  // A plural finds the pages that say the word in the singular only: each of them says "kernel", none "kernels".
  await page.goto("/search/?q=kernels");
  await expect(page.getByRole("status")).toHaveText("9 results for “kernels”");
});

test("@js a Hebrew word on no page finds nothing, though it starts with a letter Hebrew joins to words", async ({
  page,
}) => {
  // The Hebrew example site says "ב-9" (on the 9th) and "ב-btrfs": "ב" alone is a word in its index.
  const search = `${siteUrl("hebrew")}/kernel-nyc/search/`;
  const titles = page.getByRole("region", { name: "תוצאות" }).getByRole("heading", { level: 2 });
  await page.goto(`${search}?q=${encodeURIComponent("בקוונטי")}`);
  await expect(page.getByRole("status")).toHaveText('אין תוצאות עבור "בקוונטי"');
  await expect(titles).toHaveCount(0);
  // The beginning of a word the site only ever joins a letter to (הפרודקשן, בפרודקשן) still finds it.
  await page.goto(`${search}?q=${encodeURIComponent("פרודק")}`);
  await expect(page.getByRole("status")).toHaveText('5 תוצאות עבור "פרודק"');
  expect(await titles.allTextContents()).toContain("ערב eBPF: מהקרנל ועד הפרודקשן");
});

test("@js the search page works from the keyboard alone", async ({ page }) => {
  await page.goto("/search/");
  const box = page.getByRole("main").getByRole("searchbox", SEARCH_BOX);
  await box.focus();
  await page.keyboard.type("slowing");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("1 result for “slowing”");
  const talk = page.getByRole("link", { name: "Tracing the scheduler with eBPF" });
  // From the search box, a few presses; but when Enter came before the page's module had loaded (a busy
  // machine), the form was sent as a plain form, the page loaded again, and the keyboard starts at its top.
  for (let i = 0; i < 30 && !(await talk.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(talk).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${EBPF}#`));
});

test("@js Hebrew and English are in one index, and results narrow to a language", async ({ page }) => {
  // "In the scheduler": the abstract that says so, and the talk titled "The scheduler…" on its speaker's page.
  await page.goto("/search/?q=במתזמן");
  await expect(results(page).getByRole("heading", { level: 2 })).toHaveText(["Summer Scheduling", "Yossi Fixture"]);
  await expect(
    result(page, "Summer Scheduling").getByRole("link", { name: "מתזמן EEVDF מבפנים: איך הליבה בוחרת מי רץ" }),
  ).toHaveAttribute("href", new RegExp(`^${SUMMER}#`));

  await page.goto("/search/?q=Fixture");
  const titles = results(page).getByRole("heading", { level: 2 });
  await expect(titles).toHaveCount(9);
  await page.getByLabel("Language").selectOption({ label: "Hebrew" });
  await expect(page).toHaveURL("/search/?q=Fixture&lang=he");
  // Only Summer Scheduling has a talk in Hebrew, given by Yossi.
  await expect(titles).toHaveCount(2);
  expect((await titles.allTextContents()).sort()).toEqual(["Summer Scheduling", "Yossi Fixture"]);
  await expect(page.getByRole("status")).toHaveText("2 results for “Fixture”");
});

test("@js results narrow to talks, each shown as its own link", async ({ page }) => {
  await page.goto("/search/?q=Fixture&kind=talk");
  await expect(page.getByLabel("Show")).toHaveValue("talk");
  const titles = results(page).getByRole("heading", { level: 2 });
  // Six meetups with talks by the Fixtures; not the cancelled one, whose talks were never given.
  await expect(titles).toHaveCount(6);
  await expect(results(page).filter({ hasText: "Speaker ·" })).toHaveCount(0);
  await expect(results(page).filter({ hasText: "Cancelled" })).toHaveCount(0);
  await expect(result(page, "eBPF Everywhere").getByRole("link")).toHaveText([
    "eBPF Everywhere",
    "Tracing the scheduler with eBPF",
    "XDP at line rate",
  ]);
});

test("@js a meetup's topic finds the meetup, and among its talks only those about it", async ({ page }) => {
  // eBPF Everywhere's topics are ebpf and tracing; its last talk, "XDP at line rate", is about neither.
  await page.goto("/search/?q=tracing&kind=talk");
  await expect(result(page, "eBPF Everywhere").getByRole("link")).toHaveText([
    "eBPF Everywhere",
    "Tracing the scheduler with eBPF",
  ]);
});

test("@js a search finds speakers by what they work on", async ({ page }) => {
  // Yossi "hacks on schedulers"; "schedulers" alone finds every page with a schedule first.
  await page.goto("/search/?q=hacks+on+schedulers");
  const found = result(page, "Yossi Fixture");
  await expect(found).toContainText("Speaker");
  await found.getByRole("link", { name: "Yossi Fixture" }).click();
  await expect(page).toHaveURL("/speakers/yossi-fixture/");
});

test("@js pages other than search load no search code, not even when their search box is used", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script" || request.url().includes("/pagefind/")) scripts.push(request.url());
  });
  await page.goto(EBPF);
  await page.getByRole("banner").getByRole("searchbox", SEARCH_BOX).fill("eBPF");
  await page.waitForLoadState("networkidle");
  expect(scripts.filter((url) => /search|pagefind/.test(url))).toEqual([]);
});

test("@no-js without JavaScript, the header's search leads to a page that says why it can't search", async ({
  page,
}) => {
  await page.goto(EBPF);
  await searchFromHeader(page, "slowing");
  await expect(page).toHaveURL("/search/?q=slowing");
  await expect(page.getByText("Search needs JavaScript")).toBeVisible();
  await expect(page.getByRole("main").getByRole("searchbox")).toBeHidden();
  await page.getByRole("link", { name: "All meetups, by year" }).click();
  await expect(page).toHaveURL("/meetups/");
  await page.goBack();
  await page.getByRole("link", { name: "All speakers" }).click();
  await expect(page).toHaveURL("/speakers/");
});
