import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { EBPF, SEED_LEGACY } from "./sites";

const EDIT = "https://github.com/kerneltlv/kerneltlv.github.io/edit/main/";

test("meetup and speaker pages link to their source file for editing", async ({ page }) => {
  for (const [path, file] of [
    [EBPF, "test/fixtures/site/meetups/2099/2099-03-10-ebpf-everywhere.md"],
    [SEED_LEGACY, "test/fixtures/site/meetups/2016-07-12-breaking-the-wall---handling-things-in-userspace.markdown"],
    ["/speakers/dana-fixture/", "test/fixtures/site/speakers/dana-fixture.md"],
  ]) {
    await page.goto(path!);
    const href = await page.getByRole("link", { name: "Edit this page" }).getAttribute("href");
    expect(href).toBe(`${EDIT}${file}`);
    expect(fs.existsSync(href!.slice(EDIT.length)), href!).toBe(true);
  }
});

test("a visitor finds the way to propose a talk, and the form it leads to", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Propose a talk" }).click();
  await expect(page).toHaveURL("/propose/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Propose a talk");
  await expect(page.getByRole("link", { name: "Open the proposal form" })).toHaveAttribute(
    "href",
    "https://github.com/kerneltlv/kerneltlv.github.io/issues/new?template=talk-proposal.yml",
  );
});
