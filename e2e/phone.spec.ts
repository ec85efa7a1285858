import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { BERLIN, EBPF } from "./sites";

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

test("a title's dash stays at the end of a line, never opening one, in the page's heading and the lists", async ({
  page,
}) => {
  const title = "Breaking the Wall - Handling Things in Userspace";
  /** For each place the title is shown: whether its dash sits on the line of the word before it. */
  const dashKept = () =>
    page.evaluate((title) => {
      const shown = [...document.querySelectorAll("h1 span, h2 a, h3 a, li a")].filter(
        (el) => el.textContent?.replace(/\s/g, " ") === title && el.firstChild,
      );
      return shown.map((el) => {
        const at = (i: number) => {
          const range = document.createRange();
          range.setStart(el.firstChild!, i);
          range.setEnd(el.firstChild!, i + 1);
          return range.getBoundingClientRect().top;
        };
        const dash = title.indexOf(" - ") + 1;
        return at(dash) === at(dash - 2);
      });
    }, title);
  await page.goto("/meetups/2016-07-12-breaking-the-wall---handling-things-in-userspace/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Handling Things");
  expect(await dashKept()).toEqual([true]);
  await page.goto("/meetups/2016/");
  expect(await dashKept()).toEqual([true]);
});

test.describe("on the narrowest phone", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("a long zone's name wraps under the hours instead of pushing the page sideways", async ({ page }) => {
    await page.goto(BERLIN);
    await expect(page.getByText("18:30–20:30")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("@js a code block wider than the screen can be scrolled from the keyboard", async ({ page }) => {
    await page.goto("/meetups/2015-06-16-linux-kernel-namespaces-and-cgroups-subsytems/");
    const code = page.locator("pre").first();
    expect(await code.evaluate((pre) => pre.scrollWidth > pre.clientWidth)).toBe(true);
    await code.focus();
    await expect(code).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => code.evaluate((pre) => pre.scrollLeft)).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
