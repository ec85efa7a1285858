import { expect, test } from "@playwright/test";
import { SEED, siteUrl } from "./sites";

test.use({ baseURL: siteUrl("real") });

test("with nothing scheduled, the home page says so and offers the group and a talk proposal", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "The next meetup isn't scheduled yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Join the group/ })).toHaveAttribute(
    "href",
    "https://www.meetup.com/Tel-Aviv-Yafo-Linux-Kernel-Meetup/",
  );
  await expect(page.getByRole("main").getByRole("link", { name: "Propose a talk" })).toHaveAttribute(
    "href",
    "/propose/",
  );
  await expect(page.getByRole("region", { name: "Recent meetups" })).toContainText("Breaking the Wall");
});

test("the site's own seed meetup links both speakers to their talks", async ({ page }) => {
  await page.goto(SEED);
  const slots = page.getByRole("region", { name: "Schedule" }).locator("ol > li");
  await expect(slots).toHaveCount(4);
  await expect(slots.nth(1).getByRole("link", { name: /Mike Rapoport/ })).toHaveAttribute(
    "href",
    "/speakers/mike-rapoport/",
  );
  await expect(slots.nth(3).getByRole("link", { name: /Liran Ben Haim/ })).toHaveAttribute(
    "href",
    "/speakers/liran-ben-haim/",
  );
  await page.goto("/speakers/liran-ben-haim/");
  await expect(page.getByRole("region", { name: "Talks at KernelTLV" })).toContainText("Linux interrupt handling");
});
