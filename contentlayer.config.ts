import { defineDocumentType, defineNestedType, makeSource } from "contentlayer2/source-files";
import { BRIDGE_DIR } from "./lib/build/bridge";

// Contentlayer turns what the content gate (lib/content) accepted into typed
// documents. It reads the gate's JSON (lib/build/bridge.ts), never the
// organizers' files: those are parsed, checked and rendered once, by the gate,
// and a file the gate refused never reaches this step. The field types below
// are the gate's output types (lib/content/types.ts); lib/build/document-types.ts
// makes the compiler check that the two agree.

const text = { type: "string", required: true } as const;
const optionalText = { type: "string" } as const;
const words = { type: "list", of: { type: "string" }, default: [] } as const;

const Geo = defineNestedType(() => ({
  name: "Geo",
  fields: { latitude: { type: "number", required: true }, longitude: { type: "number", required: true } },
}));

const Venue = defineNestedType(() => ({
  name: "Venue",
  fields: {
    name: text,
    address: optionalText,
    map: optionalText,
    geo: { type: "nested", of: Geo },
    directionsHtml: optionalText,
    accessibilityHtml: optionalText,
  },
}));

const pixels = { type: "number", required: true } as const;

const ImageFile = defineNestedType(() => ({
  name: "ImageFile",
  fields: { src: text, width: pixels, height: pixels },
}));

const Host = defineNestedType(() => ({
  name: "Host",
  fields: { name: text, url: optionalText, logo: { type: "nested", of: ImageFile } },
}));

const Photo = defineNestedType(() => ({
  name: "Photo",
  fields: { src: text, width: pixels, height: pixels, alt: text },
}));

const Recording = defineNestedType(() => ({
  name: "Recording",
  fields: {
    url: text,
    provider: { type: "enum", options: ["youtube", "vimeo", "peertube", "other"], required: true },
    id: optionalText,
    embed: optionalText,
    watch: optionalText,
  },
}));

const Slot = defineNestedType(() => ({
  name: "Slot",
  fields: {
    start: text,
    end: optionalText,
    title: text,
    kind: { type: "enum", options: ["talk", "break"], required: true },
    speakers: words,
    abstractHtml: optionalText,
    slides: optionalText,
    video: optionalText,
    recording: { type: "nested", of: Recording },
    language: optionalText,
    anchor: optionalText,
  },
}));

const SpeakerLink = defineNestedType(() => ({
  name: "SpeakerLink",
  fields: {
    kind: { type: "enum", options: ["website", "github", "linkedin", "mastodon", "x"], required: true },
    url: text,
  },
}));

export const Meetup = defineDocumentType(() => ({
  name: "Meetup",
  filePathPattern: "meetups/*.json",
  contentType: "data",
  fields: {
    slug: text,
    sourcePath: text,
    title: text,
    timeZone: text,
    day: text,
    hasTime: { type: "boolean", required: true },
    start: text,
    end: text,
    venue: { type: "nested", of: Venue },
    rsvp: optionalText,
    summary: optionalText,
    language: optionalText,
    online: optionalText,
    hosts: { type: "list", of: Host },
    photos: { type: "list", of: Photo },
    topics: words,
    draft: { type: "boolean", required: true },
    schedule: { type: "list", of: Slot, default: [] },
    bodyHtml: text,
    legacy: { type: "boolean", required: true },
    redirects: words,
  },
}));

export const Speaker = defineDocumentType(() => ({
  name: "Speaker",
  filePathPattern: "speakers/*.json",
  contentType: "data",
  fields: {
    slug: text,
    sourcePath: text,
    name: text,
    role: optionalText,
    photo: optionalText,
    links: { type: "list", of: SpeakerLink, default: [] },
    bioHtml: text,
  },
}));

/** A page of its own from the content folder: the code of conduct. */
export const Page = defineDocumentType(() => ({
  name: "Page",
  filePathPattern: "pages/*.json",
  contentType: "data",
  fields: { slug: text, sourcePath: text, title: text, bodyHtml: text },
}));

export default makeSource({
  contentDirPath: BRIDGE_DIR,
  documentTypes: [Meetup, Speaker, Page],
  onMissingOrIncompatibleData: "fail",
  onUnknownDocuments: "fail",
  onExtraFieldData: "fail",
  disableImportAliasWarning: true,
});
