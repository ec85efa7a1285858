import { expect, test } from "@playwright/test";
import { MEETUPS_2099, MEMORY } from "./sites";

test("the header leads home under the group's mark and name", async ({ page }) => {
  await page.goto("/talks/");
  const home = page.getByRole("banner").getByRole("link").first();
  await expect(home).toHaveText(/^>_KernelTLV/);
  await home.click();
  await expect(page).toHaveURL("/");
});

test("the archive groups every meetup by year, newest first", async ({ page }) => {
  await page.goto("/meetups/");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(["2099", "2018", "2017", "2016", "2015"]);
  const y2099 = page.getByRole("region", { name: "2099" });
  await expect(y2099.getByRole("heading", { level: 3 })).toHaveText(MEETUPS_2099);
});

test("every year of the archive has a page of its own, reached from the archive and from each meetup", async ({
  page,
}) => {
  await page.goto("/meetups/");
  const years = page.getByRole("navigation", { name: "Years" });
  // The first page lists every year of this archive: its link says so, not "Latest".
  await expect(years.getByRole("link")).toHaveText(["All", "2099", "2018", "2017", "2016", "2015"]);
  await expect(years.getByRole("link", { name: "All" })).toHaveAttribute("aria-current", "page");
  await years.getByRole("link", { name: "2017" }).click();
  await expect(page).toHaveURL("/meetups/2017/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meetups in 2017");
  await expect(page.getByRole("heading", { level: 3 })).toHaveText(["Tracing in Winter"]);
  await expect(years.getByRole("link", { name: "2017" })).toHaveAttribute("aria-current", "page");

  await page.getByRole("link", { name: "Tracing in Winter" }).click();
  const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(breadcrumb.getByRole("link")).toHaveText(["Meetups", "2017"]);
  await breadcrumb.getByRole("link", { name: "2017" }).click();
  await expect(page).toHaveURL("/meetups/2017/");
});

test("the speakers page links to each speaker with their talk count", async ({ page }) => {
  await page.goto("/speakers/");
  const cards = page.getByRole("main").getByRole("listitem");
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toContainText("Dana Fixture");
  // Not the talk of the cancelled evening.
  await expect(cards.first()).toContainText("6 talks");
  await expect(cards.first()).toContainText("DF");
});

test("a speaker page shows role, links, bio and every talk newest first", async ({ page }) => {
  await page.goto("/speakers/dana-fixture/");
  await expect(page.getByText("Kernel engineer, Example Corp")).toBeVisible();
  await expect(page.getByRole("list", { name: "Dana Fixture elsewhere" }).getByRole("link")).toHaveText([
    "GitHub",
    "Website",
  ]);
  await expect(page.locator(".prose-site strong")).toHaveText("tracing");
  const talks = page.getByRole("region", { name: "Talks at KernelTLV" });
  await expect(talks.getByRole("heading", { level: 3 })).toHaveText([
    "EEVDF explained",
    "Zero-copy networking with io_uring",
    "Tracing the scheduler with eBPF",
    "XDP at line rate",
    "Btrfs snapshots in practice",
    "The Linux kernel memory model",
  ]);
  await talks.getByRole("link", { name: "Memory Models" }).click();
  await expect(page).toHaveURL(MEMORY);
});

test("a topic page lists its meetups", async ({ page }) => {
  await page.goto("/topics/tracing/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("#tracing");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText([
    "eBPF Everywhere",
    "Tracing in Winter",
    "Memory Models",
  ]);
});

test("the 404 page says so in its title too, and points somewhere useful", async ({ page }) => {
  await page.goto("/404.html");
  await expect(page).toHaveTitle("This page isn't here · KernelTLV");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page isn't here");
  await page.getByRole("link", { name: "All meetups, by year" }).click();
  await expect(page).toHaveURL("/meetups/");
});

test("a plain static server serves each page at its URL, with or without the slash", async ({ page }) => {
  for (const path of ["/meetups", "/speakers", "/speakers/dana-fixture", "/topics/tracing"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
});
