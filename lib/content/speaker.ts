import { SPEAKER_FIELDS, SPEAKER_LINK_KINDS } from "./schema";
import { markdownField, type FieldLink } from "./markdown-field";
import { readImage, readLanguage, type NormaliseOptions, type RawDocument } from "./meetup";
import { LOGO_EXTENSIONS } from "./images";
import { checkDrawable } from "./drawable";
import { FieldReader, shown, type Problem } from "./problems";
import type { Speaker, SpeakerLink } from "./schema";

export function normaliseSpeaker(
  doc: RawDocument,
  { html = true, publicDir }: NormaliseOptions = {},
): { speaker?: Speaker; problems: Problem[]; links: FieldLink[] } {
  const r = new FieldReader(doc.sourcePath, doc.data);
  r.known(SPEAKER_FIELDS);
  const name = r.string("name", { required: true, what: "the speaker's name" });
  const role = r.string("role", { what: "a one-line affiliation" });
  checkDrawable(r, "name", name, 700);
  checkDrawable(r, "role", role, 400);
  const language = readLanguage(r, "language");
  const photo = readImage(r, "photo", publicDir || undefined, `/speakers/${doc.slug}.jpg`, LOGO_EXTENSIONS)?.src;

  const links: SpeakerLink[] = [];
  const l = r.object("links");
  for (const key of Object.keys(l?.data ?? {})) {
    if (!(SPEAKER_LINK_KINDS as readonly string[]).includes(key)) {
      l?.fail(key, `expected one of ${SPEAKER_LINK_KINDS.join(", ")}, got ${shown(key)}`);
      continue;
    }
    const url = l?.url(key);
    if (url) links.push({ kind: key as SpeakerLink["kind"], url });
  }

  const bio = markdownField(r, "bio", doc.body, html, doc.bodyLine);

  if (!name || r.problems.length > 0) return { problems: r.problems, links: bio.links };
  return {
    problems: [],
    links: bio.links,
    speaker: {
      slug: doc.slug,
      sourcePath: doc.sourcePath,
      name,
      ...(role && { role }),
      ...(photo && { photo }),
      links,
      ...(language && { language }),
      bioHtml: bio.html,
    },
  };
}
