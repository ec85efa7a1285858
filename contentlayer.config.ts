import { makeSource } from "contentlayer2/source-files";
import { BRIDGE_DIR } from "./lib/build/bridge";
import { documentTypes } from "./lib/content/schema";

// Contentlayer turns what the content gate (lib/content) accepted into typed documents. It reads the
// gate's JSON (lib/build/bridge.ts), never the organizers' files: those are parsed, checked and rendered
// once, by the gate, and a file the gate refused never reaches this step. The document types are the
// gate's own schema (lib/content/schema.ts); any data that doesn't fit it fails the build.
export default makeSource({
  contentDirPath: BRIDGE_DIR,
  documentTypes,
  onMissingOrIncompatibleData: "fail",
  onUnknownDocuments: "fail",
  onExtraFieldData: "fail",
  disableImportAliasWarning: true,
});
