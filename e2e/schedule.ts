import type { Page } from "@playwright/test";

/** The datetime of the first <time> in each slot of a meetup page's schedule, in order. */
export function slotStarts(page: Page): Promise<(string | null | undefined)[]> {
  return page
    .getByRole("region", { name: "Schedule" })
    .locator("ol > li")
    .evaluateAll((lis) => lis.map((li) => li.querySelector("time")?.getAttribute("datetime")));
}
