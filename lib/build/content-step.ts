import { loadContent } from "../content/load";
import { settingsDrawableProblems } from "../content/drawable";
import { site } from "../site/config";
import type { Problem } from "../content/problems";
import { writeBridge, BRIDGE_DIR, type BridgeResult } from "./bridge";
import type { Contentlayer } from "./contentlayer";

export interface ContentStepResult {
  problems: Problem[];
  meetups: number;
  speakers: number;
  bridge?: BridgeResult;
  documents?: number;
}

/**
 * The content step of every path (build, preview): the gate reads and checks
 * every file; only when all of them pass are its documents handed to
 * Contentlayer. A published build leaves drafts out, so no page can show one.
 */
export async function runContentStep(options: {
  dir: string;
  publicDir?: string;
  publish: boolean;
  contentlayer: Contentlayer;
  bridgeDir?: string;
}): Promise<ContentStepResult> {
  const { meetups, speakers, pages, problems } = loadContent(options.dir, {
    publicDir: options.publicDir ?? "public",
    timeZone: site.timeZone,
    editing: !options.publish,
  });
  problems.push(...settingsDrawableProblems(site));
  const result: ContentStepResult = { problems, meetups: meetups.length, speakers: speakers.length };
  if (problems.length > 0) return result;
  const published = options.publish ? meetups.filter((m) => !m.draft) : meetups;
  result.bridge = writeBridge({ meetups: published, speakers, pages }, options.bridgeDir ?? BRIDGE_DIR);
  result.documents = await options.contentlayer.generate();
  return result;
}
