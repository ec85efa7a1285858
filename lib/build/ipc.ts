/**
 * What the content step (scripts/content.ts build) says to the build that started it
 * (lib/build/build-command.ts) once every file has passed the gate, as Contentlayer starts.
 */
export const CONTENT_PASSED = "content passed";
