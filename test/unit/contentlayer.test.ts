import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentFolder, contentlayerBuild } from "./helpers";

const good = `---\ntitle: Good\ndate: 2099-07-05T19:00:00+03:00\n---\nBody.\n`;

describe("the content step, as the build runs it", () => {
  it("hands Contentlayer every accepted file, .md and Jekyll's .markdown alike", () => {
    const { status, slugs } = contentlayerBuild(
      contentFolder({ "meetups/a.md": good, "meetups/2016/b.markdown": good }),
    );
    expect(status).toBe(0);
    expect(slugs).toEqual(["a", "b"]);
  });

  it("hands on the code of conduct as a typed Page document", () => {
    const conduct = `---\ntitle: Code of conduct\n---\nBe kind.\n`;
    const { status, pages } = contentlayerBuild(contentFolder({ "meetups/a.md": good, "code-of-conduct.md": conduct }));
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
