// Scaffolds a meetup or a speaker file from a few answers:
//   npm run new -- meetup                       asks its questions
//   npm run new -- meetup --title "eBPF Night" --date 2026-12-08 [--start 19:00 --end 21:00
//                        --venue "Hall" --address "1 Example St" --rsvp URL --topics ebpf,xdp --draft]
//   npm run new -- speaker --name "Jane Doe" [--role "..." --github URL --website URL --linkedin URL]
// With every required flag given (or no terminal to ask on), it asks nothing.
import fs from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { runEntry } from "../lib/build/entry";
import { didYouMean } from "../lib/content/did-you-mean";
import type { Scaffold } from "../lib/content/scaffold";

const USAGE = `usage: npm run new -- meetup|speaker [--flags]: the flags are in the comment at the top of scripts/new.ts and in the README`;

const OPTIONS = {
  title: { type: "string" },
  date: { type: "string" },
  start: { type: "string" },
  end: { type: "string" },
  venue: { type: "string" },
  address: { type: "string" },
  rsvp: { type: "string" },
  topics: { type: "string" },
  draft: { type: "boolean" },
  name: { type: "string" },
  role: { type: "string" },
  github: { type: "string" },
  website: { type: "string" },
  linkedin: { type: "string" },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>["values"];

const interactive = process.stdin.isTTY === true;
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

/** A flag's value, else the answer to a question (when there is a terminal), else the default. */
async function ask(flag: string | undefined, question: string, fallback = ""): Promise<string> {
  if (flag !== undefined) return flag;
  if (!rl) return fallback;
  const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ""}: `)).trim();
  return answer || fallback;
}

async function required(flag: string | undefined, question: string, name: string): Promise<string> {
  const value = await ask(flag, question);
  if (!value) throw new Error(`${name}: required; pass --${name} "..."`);
  return value;
}

// What the site's settings say (loaded inside the command, so that a broken settings file is reported).
const lib = async () => ({
  ...(await import("../lib/content/scaffold")),
  ...(await import("../lib/content/paths")),
  ...(await import("../lib/site/urls")),
  ...(await import("../lib/site/config")),
  ...(await import("../lib/site/time")),
});

async function meetup(values: Values): Promise<Scaffold> {
  const { scaffoldMeetup, site, zoneLabel, serviceName } = await lib();
  const title = await required(values.title, "Title", "title");
  const day = await required(values.date, "Date (YYYY-MM-DD)", "date");
  return scaffoldMeetup({
    title,
    day,
    start: await ask(values.start, `Doors open (HH:MM, ${zoneLabel(site.timeZone)})`, "19:00"),
    end: await ask(values.end, "Ends (HH:MM)", "21:00"),
    venue: (await ask(values.venue, "Venue name (empty: to be announced)")) || undefined,
    address: (await ask(values.address, "Venue address")) || undefined,
    rsvp: (await ask(values.rsvp, `RSVP link (the event's page on ${serviceName(site.rsvp.url)})`)) || undefined,
    topics: (await ask(values.topics, "Topics, comma-separated"))
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean),
    draft: values.draft ?? (rl ? /^y/i.test(await ask(undefined, "Keep it a draft for now? (y/N)", "n")) : false),
  });
}

async function speaker(values: Values): Promise<Scaffold> {
  const { scaffoldSpeaker } = await lib();
  return scaffoldSpeaker({
    name: await required(values.name, "Name", "name"),
    role: (await ask(values.role, 'Role, e.g. "Kernel engineer, Example Corp"')) || undefined,
    github: (await ask(values.github, "GitHub profile URL")) || undefined,
    website: (await ask(values.website, "Website URL")) || undefined,
    linkedin: (await ask(values.linkedin, "LinkedIn URL")) || undefined,
  });
}

runEntry(async () => {
  try {
    let args;
    try {
      args = parseArgs({ allowPositionals: true, options: OPTIONS });
    } catch (error) {
      // A mistyped flag (--venu) is named with the one it was probably meant to be; Node's words for anything else.
      const unknown = (error as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION";
      const flag = String((error as Error).message).match(/'--?([^'=]+)/)?.[1];
      const guess = unknown && flag ? didYouMean(flag, Object.keys(OPTIONS)) : undefined;
      const said =
        unknown && flag
          ? `unknown flag --${flag}${guess ? `: did you mean --${guess}?` : ""}`
          : (error as Error).message;
      throw new Error(`${said}\n${USAGE}`);
    }
    const [kind] = args.positionals;
    if (kind !== "meetup" && kind !== "speaker") throw new Error(USAGE);
    const made = kind === "meetup" ? await meetup(args.values) : await speaker(args.values);
    const { contentDir, absoluteUrl } = await lib();
    const file = path.join(contentDir(), made.relPath);
    if (fs.existsSync(file)) throw new Error(`${file} already exists: edit it, or choose another title or name`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, made.text);
    console.log(`Wrote ${file}`);
    const replace = kind === "meetup" ? "what the evening is about (or set draft: true)" : "their bio (or delete it)";
    console.log(`Write ${replace} in place of the placeholder text: npm run check refuses the file until then.`);
    console.log(`It will appear at ${made.page} (${absoluteUrl(made.page)}) once pushed.`);
    console.log(`Preview it with npm run dev: http://localhost:3000${made.page}`);
    return 0;
  } catch (error) {
    // A missing or unreadable answer: said plainly (a settings problem goes to runEntry).
    if ((error as { name?: string }).name === "ContentError") throw error;
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    rl?.close();
  }
});
