import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentFolder, contentlayerBuild } from "./helpers";

const good = `---\ntitle: Good\ndate: 2099-07-05T19:00:00+03:00\n---\nBody.\n`;

const conduct = `---\ntitle: Code of conduct\n---\nBe kind.\n`;

/** The check's edges: 200 slots of one title, a 200 KB body, an evening on 9999-12-31. */
function edges() {
  const slots = Array.from({ length: 200 }, (_, i) => {
    const at = 10 * 60 + i * 3;
    return `  - time: "${String(Math.floor(at / 60)).padStart(2, "0")}:${String(at % 60).padStart(2, "0")}"\n    title: Lightning talk\n    kind: talk\n`;
  });
  const body = "A paragraph about [tracing](https://example.com/) and *scheduling*, long enough to matter.\n\n".repeat(
    2300,
  );
  return {
    "meetups/big.md": `---\ntitle: Lightning talks\ndate: 2026-12-08T10:00:00+02:00\nend: "20:00"\nschedule:\n${slots.join("")}---\n${body}`,
    "meetups/far.md": `---\ntitle: Far\ndate: 9999-12-31T19:00:00+02:00\n---\n[The archive](/meetups/).\n`,
  };
}

// One build for the files the check accepts, each test reading its part of it: a build takes seconds.
let built: ReturnType<typeof contentlayerBuild> | undefined;
const accepted = () =>
  (built ??= contentlayerBuild(
    contentFolder({
      "meetups/a.md": good,
      "meetups/2016/b.markdown": good,
      "code-of-conduct.md": conduct,
      ...edges(),
    }),
  ));

describe("the content step, as the build runs it", () => {
  it("hands Contentlayer every accepted file, .md and Jekyll's .markdown alike", () => {
    const { status, slugs } = accepted();
    expect(status).toBe(0);
    expect(slugs).toEqual(expect.arrayContaining(["a", "b"]));
  });

  it("hands on the code of conduct as a typed Page document", () => {
    const { status, pages } = accepted();
    expect(status).toBe(0);
    expect(pages).toEqual([
      expect.objectContaining({
        type: "Page",
        slug: "code-of-conduct",
        title: "Code of conduct",
        bodyHtml: '<p dir="auto">Be kind.</p>',
      }),
    ]);
  });

  it("builds what the check accepts at its edges: 200 slots of one title, a 200 KB body, an evening on 9999-12-31", () => {
    const { status, slugs, output } = accepted();
    expect(output).not.toMatch(/problem/);
    expect(status).toBe(0);
    expect(slugs).toEqual(["a", "b", "big", "far"]);
  });

  it("stops on a bad file before Contentlayer, naming the file and the field", () => {
    const dir = contentFolder({ "meetups/good.md": good, "meetups/bad.md": `---\ntitle: Bad\ndate: someday\n---\n` });
    const { status, output, slugs } = contentlayerBuild(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${dir}/meetups/bad.md: date: expected a date like`);
    expect(slugs).toEqual([]);
  });

  it("never runs code from a file: front matter in another language is refused, not evaluated", () => {
    const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ran-")), "ran");
    const hostile = `---js\n{ title: (require("fs").writeFileSync(${JSON.stringify(marker)}, "x"), "T"), date: "2099-07-05" }\n---\nBody.\n`;
    const dir = contentFolder({ "meetups/good.md": good, "meetups/hostile.md": hostile });
    const { status, output } = contentlayerBuild(dir);
    expect(fs.existsSync(marker)).toBe(false);
    expect(status).not.toBe(0);
    expect(output).toContain(`${dir}/meetups/hostile.md: front matter:`);
  });
});
