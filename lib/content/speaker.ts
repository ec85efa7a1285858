import { renderMarkdown } from "../markdown";
import { FieldReader, shown, type Problem } from "./problems";
import type { NormaliseOptions, RawDocument } from "./meetup";
import type { Speaker, SpeakerLink } from "./types";

const LINK_KINDS: SpeakerLink["kind"][] = ["website", "github", "linkedin", "mastodon", "x"];

export function normaliseSpeaker(
  doc: RawDocument,
  { render = renderMarkdown }: NormaliseOptions = {},
): { speaker?: Speaker; problems: Problem[] } {
  const r = new FieldReader(doc.sourcePath, doc.data);
  const name = r.string("name", { required: true, what: "the speaker's name" });
  const role = r.string("role");
  const photo = r.string("photo", { what: "a path under public/ like /speakers/jane.jpg" });
  if (photo && !photo.startsWith("/")) {
    r.fail("photo", `expected a path under public/ starting with "/", like "/speakers/${doc.slug}.jpg", got ${shown(photo)}`);
  }

  const links: SpeakerLink[] = [];
  const l = r.object("links");
  for (const key of Object.keys(l?.data ?? {})) {
    if (!LINK_KINDS.includes(key as SpeakerLink["kind"])) {
      l?.fail(key, `expected one of ${LINK_KINDS.join(", ")}, got ${shown(key)}`);
      continue;
    }
    const url = l?.url(key);
    if (url) links.push({ kind: key as SpeakerLink["kind"], url });
  }

  if (!name || r.problems.length > 0) return { problems: r.problems };
  return {
    problems: [],
    speaker: {
      slug: doc.slug,
      sourcePath: doc.sourcePath,
      name,
      ...(role && { role }),
      ...(photo && { photo }),
      links,
      bioHtml: render(doc.body),
    },
  };
}
