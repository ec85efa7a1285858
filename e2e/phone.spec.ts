import { expect, test } from "@playwright/test";
import { EBPF } from "./sites";

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

for (const path of ["/", "/meetups/", EBPF, "/speakers/", "/speakers/dana-fixture/", "/search/"]) {
  test(`${path} fits a phone screen without sideways scrolling`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
  });
}

test("@js search results fit a phone screen, and so does the header's search box", async ({ page }) => {
  await page.goto(EBPF);
  await expect(page.getByRole("banner").getByRole("searchbox")).toBeInViewport();
  await page.goto("/search/?q=Fixture");
  await expect(page.getByRole("status")).toHaveText("9 results for “Fixture”");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
