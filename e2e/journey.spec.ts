import { expect, test } from "@playwright/test";
import { ALSO_COMING_UP, CALLED_OFF, EBPF } from "./sites";

test("from home to a meetup to a speaker and back", async ({ page }) => {
  await page.goto("/");
  const next = page.getByRole("article").filter({ hasText: "Next meetup" });
  await expect(next.getByRole("heading", { name: "eBPF Everywhere" })).toBeVisible();
  await expect(next.locator("time").first()).toHaveAttribute("datetime", "2099-03-10T19:00:00+02:00");
  await expect(next).toContainText("Tuesday, 10 March 2099");
  await expect(next).toContainText("19:00–21:15 Israel time");
  await expect(next).toContainText("Fixture Hall");
  await expect(next.getByRole("link", { name: "RSVP on Meetup.com" })).toHaveAttribute(
    "href",
    "https://www.meetup.com/Tel-Aviv-Yafo-Linux-Kernel-Meetup/events/100000001/",
  );

  await next.getByRole("link", { name: "eBPF Everywhere" }).click();
  await expect(page).toHaveURL(EBPF);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("eBPF Everywhere");

  await page
    .getByRole("link", { name: /Dana Fixture/ })
    .first()
    .click();
  await expect(page).toHaveURL("/speakers/dana-fixture/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dana Fixture");

  await page.goBack();
  await expect(page).toHaveURL(EBPF);
  await page.getByRole("link", { name: "KernelTLV" }).first().click();
  await expect(page).toHaveURL("/");
});

test("the home page lists the other upcoming meetups and the recent past ones", async ({ page }) => {
  await page.goto("/");
  const later = page.getByRole("region", { name: "Also coming up" });
  // Those with a new date or place too, each saying how; those called off in a list of their own.
  await expect(later.getByRole("heading", { level: 3 })).toHaveText(ALSO_COMING_UP);
  const off = page.getByRole("region", { name: "Cancelled or postponed" });
  await expect(off.getByRole("heading", { level: 3 })).toHaveText(CALLED_OFF);
  const recent = page.getByRole("region", { name: "Recent meetups" });
  await expect(recent.getByRole("heading", { level: 3 })).toHaveText([
    "A Post Without a Schedule",
    "Tracing in Winter",
    "Breaking the Wall - Handling Things in Userspace",
  ]);
  await expect(page.getByText("Secret Draft Meetup")).toHaveCount(0);
});

test("a draft is not published at all", async ({ request }) => {
  expect((await request.get("/meetups/2099-11-30-secret-draft/")).status()).toBe(404);
  expect(await (await request.get("/meetups/")).text()).not.toContain("Secret Draft");
});
