// Sets right what depends on the moment a person looks (upcoming, live or over; "tomorrow at 19:00"; the visitor's
// own clock), by the rules the build used for the HTML (lib/site/phases.ts). Without it, a page reads as of its build.
import { arrangeHome, localLabel, phaseAt, relativeLabel, type LiveMeetup, type LiveText } from "../site/phases";

const LIVE = "[data-live]";

/** The parts of `scope` that belong to it, not to a [data-live] nested inside it. */
function own(scope: HTMLElement, selector: string): HTMLElement[] {
  return Array.from(scope.querySelectorAll<HTMLElement>(selector)).filter((el) => el.closest(LIVE) === scope);
}

function applyToMeetup(el: HTMLElement, now: number, viewerZone: string, text: LiveText | null): void {
  const { start, end, tz, timed, status } = el.dataset;
  // Written by LiveMeetup on every such element; a part without them is left as built.
  if (start === undefined || end === undefined || tz === undefined) return;
  const hasTime = timed === "true";
  // A cancelled or postponed meetup (data-status) is "off" at any hour: never live, never "in 3 days".
  const phase = phaseAt(start, end, now, status);
  el.dataset.phase = phase;
  for (const part of own(el, "[data-when]")) {
    part.hidden = !(part.dataset.when ?? "").split(" ").includes(phase);
  }
  // The words come from the page; a page without them keeps its labels as built.
  if (!text) return;
  for (const part of own(el, "[data-relative]")) {
    // While live, the status itself says "Happening now".
    const label = phase === "upcoming" ? relativeLabel(start, end, tz, hasTime, now, text, viewerZone) : "";
    part.textContent = label ? ` · ${label}` : "";
  }
  for (const part of own(el, "[data-local]")) {
    part.textContent = localLabel(start, end, tz, hasTime, viewerZone, text);
  }
}

interface HomeData {
  upcoming: LiveMeetup[];
  recent: LiveMeetup[];
  count: number;
}

/** The home page's lead, its "also coming up", "cancelled or postponed" and "recent" lists, as of `now`. */
function applyToHome(home: HTMLElement, now: number): void {
  const data = JSON.parse(home.dataset.home ?? "") as HomeData;
  const plan = arrangeHome(data.upcoming, data.recent, data.count, now);
  const list = (group?: string) => plan[group as Exclude<keyof typeof plan, "lead">];
  for (const item of home.querySelectorAll<HTMLElement>("[data-home-item]")) {
    const [group, slug = ""] = (item.dataset.homeItem ?? "").split(" ");
    item.hidden = !(group === "lead" ? plan.lead === slug : list(group).includes(slug));
  }
  for (const section of home.querySelectorAll<HTMLElement>("[data-home-section]")) {
    const group = section.dataset.homeSection;
    section.hidden = group === "empty" ? plan.lead !== undefined : list(group).length === 0;
  }
}

/** Brings every time-dependent part of the page in line with `now`. */
function applyLiveTime(doc: Document, now: number): void {
  const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  // The words, in the interface's language, as the page carries them (components/PageDocument.tsx).
  const text = JSON.parse(doc.documentElement.dataset.liveText ?? "null") as LiveText | null;
  for (const el of doc.querySelectorAll<HTMLElement>(LIVE)) applyToMeetup(el, now, viewerZone, text);
  const home = doc.querySelector<HTMLElement>("[data-home]");
  if (home) applyToHome(home, now);
}

const update = () => applyLiveTime(document, Date.now());

update();
setInterval(update, 30_000);
// Browsers slow timers in background tabs, and a page prerendered on hover or
// restored from the back-forward cache was set right for an earlier moment.
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "visible") update();
});
document.addEventListener("prerenderingchange", update);
window.addEventListener("pageshow", (event) => {
  if (event.persisted) update();
});
