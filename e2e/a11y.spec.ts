import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { EBPF, SEED_LEGACY } from "./sites";

const pages = [
  "/",
  "/meetups/",
  "/meetups/2017/",
  EBPF,
  SEED_LEGACY,
  // When plans change: the status box's colours are checked in both schemes.
  "/meetups/2099-02-17-strike-night/",
  "/meetups/2099-02-24-filesystems-evening/",
  "/meetups/2099-04-07-io-uring-deep-dive/",
  "/meetups/2099-05-19-scheduler-online/",
  "/speakers/",
  "/speakers/dana-fixture/",
  "/topics/tracing/",
  "/talks/",
  "/talks/2099/",
  "/code-of-conduct/",
  "/propose/",
  "/embed/",
  "/404.html",
  "/search/?q=Fixture",
];

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of pages) {
      test(`@js ${path} has no accessibility violations`, async ({ page }) => {
        await page.goto(path);
        // The search page fills in its results after load: check them too.
        if (path.startsWith("/search/")) await expect(page.getByRole("status")).not.toBeEmpty();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test("the keyboard reaches the skip link first and it leads to the content", async ({ page }) => {
  await page.goto(EBPF);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
