import { describe, expect, it } from "vitest";
import { contentFolder, contentlayerBuild } from "./helpers";

const good = `---\ntitle: Good\ndate: 2099-07-05T19:00:00+03:00\n---\nBody.\n`;

describe("Contentlayer, as the build runs it", () => {
  it("reads .md and Jekyll's .markdown files alike", () => {
    const { status, slugs } = contentlayerBuild(
      contentFolder({ "meetups/a.md": good, "meetups/2016/b.markdown": good }),
    );
    expect(status).toBe(0);
    expect(slugs).toEqual(["a", "b"]);
  });

  it("fails on a bad document instead of skipping it, naming the file and field", () => {
    const { status, output } = contentlayerBuild(
      contentFolder({
        "meetups/good.md": good,
        "meetups/bad.md": `---\ntitle: Bad\ndate: someday\n---\n`,
      }),
    );
    expect(status).not.toBe(0);
    expect(output).toContain("content/meetups/bad.md: date: expected a date like");
  });
});
