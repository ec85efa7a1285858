import path from "node:path";
import { defineDocumentType, makeSource } from "contentlayer2/source-files";
import { remarkPlugins } from "./lib/markdown";
import { normaliseMeetup } from "./lib/content/meetup";
import { contentDir, MIRROR_DIR, slugFromPath, unmirrorName } from "./lib/content/paths";
import { ContentError } from "./lib/content/problems";
import { normaliseSpeaker } from "./lib/content/speaker";
import { site } from "./lib/site";

// Contentlayer reads a mirror of the content folder (see scripts/content.ts):
// it only knows .md, and the organizers also have Jekyll's .markdown.
// Fields are declared loosely on purpose: lib/content validates them with
// messages that name the file, the field and what was expected.

function raw(doc: { _raw: { sourceFilePath: string }; body: { raw: string } }, fields: Record<string, unknown>) {
  const rel = unmirrorName(doc._raw.sourceFilePath);
  return { sourcePath: path.posix.join(contentDir(), rel), slug: slugFromPath(rel), data: fields, body: doc.body.raw };
}

export const MeetupDoc = defineDocumentType(() => ({
  name: "MeetupDoc",
  filePathPattern: "meetups/**/*.md",
  contentType: "markdown",
  fields: {
    title: { type: "string", required: true },
    date: { type: "string", required: true },
    end: { type: "string" },
    timezone: { type: "string" },
    venue: { type: "json" },
    rsvp: { type: "string" },
    summary: { type: "string" },
    topics: { type: "json" },
    categories: { type: "json" },
    tags: { type: "json" },
    draft: { type: "boolean" },
    schedule: { type: "json" },
    layout: { type: "string" },
    redirect_from: { type: "json" },
  },
  computedFields: {
    meetup: {
      type: "json",
      resolve: (doc) => {
        const { meetup, problems } = normaliseMeetup(
          raw(doc, doc as unknown as Record<string, unknown>),
          site.timeZone,
        );
        if (!meetup) throw new ContentError(problems);
        return meetup;
      },
    },
  },
}));

export const SpeakerDoc = defineDocumentType(() => ({
  name: "SpeakerDoc",
  filePathPattern: "speakers/**/*.md",
  contentType: "markdown",
  fields: {
    name: { type: "string", required: true },
    role: { type: "string" },
    photo: { type: "string" },
    links: { type: "json" },
  },
  computedFields: {
    speaker: {
      type: "json",
      resolve: (doc) => {
        const { speaker, problems } = normaliseSpeaker(raw(doc, doc as unknown as Record<string, unknown>));
        if (!speaker) throw new ContentError(problems);
        return speaker;
      },
    },
  },
}));

export default makeSource({
  contentDirPath: MIRROR_DIR,
  documentTypes: [MeetupDoc, SpeakerDoc],
  markdown: { remarkPlugins },
  onMissingOrIncompatibleData: "fail",
  onUnknownDocuments: "fail",
  onExtraFieldData: "ignore",
  disableImportAliasWarning: true,
});
