import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * What axe finds wrong on the page as it is now, one line per rule broken: "rule: where, where". Also two rules
 * axe leaves off by default: a name that holds the words shown (voice control), and targets a finger can hit.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    // A page without frames is checked in place: the default mode opens a second page to put frames' results
    // together, a third of the run with nothing to put together.
    .setLegacyMode(page.frames().length === 1)
    // Passes and incomplete results are only counted, not gathered: half the run on a long page.
    .options({
      resultTypes: ["violations"],
      rules: { "label-content-name-mismatch": { enabled: true }, "target-size": { enabled: true } },
    })
    .analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
