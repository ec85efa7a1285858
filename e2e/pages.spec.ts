import { expect, test } from "@playwright/test";
import { MEMORY } from "./sites";

test("the archive groups every meetup by year, newest first", async ({ page }) => {
  await page.goto("/meetups/");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(["2099", "2018", "2017", "2016", "2015"]);
  const y2099 = page.getByRole("region", { name: "2099" });
  await expect(y2099.getByRole("heading", { level: 3 })).toHaveText([
    "Guest Night in Berlin",
    "Summer Scheduling",
    "eBPF Everywhere",
  ]);
});

test("the speakers page links to each speaker with their talk count", async ({ page }) => {
  await page.goto("/speakers/");
  const cards = page.getByRole("main").getByRole("listitem");
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toContainText("Dana Fixture");
  await expect(cards.first()).toContainText("3 talks");
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
    "Tracing the scheduler with eBPF",
    "XDP at line rate",
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

test("the 404 page points somewhere useful", async ({ page }) => {
  await page.goto("/404.html");
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
