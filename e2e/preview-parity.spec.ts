import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { get, startPreview, type Preview } from "./preview-server";
import { viewOf } from "./preview-view";
import { buildEnv, EBPF, MEMORY, previewPorts, siteUrl, sites } from "./sites";

// The preview is the site: each page type as npm run dev shows it and as the
// build wrote it (e2e/.sites/fixture) has the same head tags, text, addresses
// and kept scripts, with Next's machinery set aside (e2e/preview-view.ts).

const PAGES = {
  home: "/",
  "the meetups archive": "/meetups/",
  "a year's meetups": "/meetups/2099/",
  "an upcoming meetup": EBPF,
  "a past meetup": MEMORY,
  "the speakers": "/speakers/",
  "a speaker": "/speakers/dana-fixture/",
  "the talks": "/talks/",
  "a year's talks": "/talks/2099/",
  "a topic": "/topics/ebpf/",
  search: "/search/",
  "proposing a talk": "/propose/",
  "the code of conduct": "/code-of-conduct/",
  "an address with no page": "/no-such-page/",
};

const FIXTURE = sites.fixture.env.CONTENT_DIR;

// The preview shows drafts, marked as such, and the build leaves them out (e2e/journey.spec.ts):
// a difference by design, so the preview here reads a copy of the fixture without them.
const isDraft = (file: string) =>
  /\.(md|markdown)$/.test(file) && /^(draft: true|published: false)\s*$/m.test(fs.readFileSync(file, "utf8"));

let copy = "";
let preview: Preview | undefined;

// In order, in one worker (the preview project has one), on one dev server; a failure doesn't hide the next page's.
test.describe.configure({ mode: "default", timeout: 420_000 });

test.beforeAll(async () => {
  // A hook's own timeout (the config's 30 s unless set here): starting takes minutes on a busy machine.
  test.setTimeout(420_000);
  copy = fs.mkdtempSync(path.join(os.tmpdir(), "kerneltlv-parity-"));
  fs.cpSync(FIXTURE, copy, { recursive: true, filter: (file) => !isDraft(file) });
  preview = startPreview({
    port: previewPorts.parity,
    env: { ...buildEnv("fixture"), CONTENT_DIR: copy },
    log: "test-results/preview-parity-dev.log",
  });
  await preview.ready("/", 360_000);
});

test.afterAll(async () => {
  await preview?.stop();
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
});

for (const [type, address] of Object.entries(PAGES)) {
  test(`${type} (${address}) in the preview is what the build made`, async () => {
    const previewed = `${preview!.origin}${address}`;
    // next dev compiles a route on its first request, slowly on a busy machine: once, then compare.
    await get(previewed).catch(() => get(previewed));
    const [dev, built] = await Promise.all([get(previewed), get(`${siteUrl("fixture")}${address}`)]);
    expect(dev.status, "status").toBe(built.status);
    // The copy's folder shows in the organizers' edit link; the build shows the fixture's.
    const shown = viewOf(dev.html.replaceAll(copy, FIXTURE));
    const made = viewOf(built.html);
    expect.soft(shown.head, "the head's tags").toEqual(made.head);
    expect.soft(shown.text, "the text").toEqual(made.text);
    expect.soft(shown.addresses, "the addresses").toEqual(made.addresses);
    expect.soft(shown.scripts, "the scripts the site keeps").toEqual(made.scripts);
  });
}
