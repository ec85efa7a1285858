// The search page's answers, from Pagefind's own script (out/pagefind/pagefind.js), imported on first use: when the
// box gets focus, or at once for a search handed over in the address (?q=…, as the header's form on every page does).
import {
  readQuery,
  resultsSummary,
  SEARCH_FILTERS,
  TALK_ANCHOR_PREFIX,
  writeQuery,
  type SearchFilter,
  type SearchPageData,
  type SearchText,
} from "../site/search-filters";
import { writingDirection } from "../i18n/writing-direction";

// The parts of Pagefind's API this page uses (pagefind_web_js/types/index.d.ts in Pagefind's repository).
interface PagefindSubResult {
  title: string;
  url: string;
  /** Text with HTML entities escaped and the matched words in <mark>. */
  excerpt: string;
  /** Absent for the part of the page before its first heading with an id. */
  anchor?: { id: string; element: string };
}
/** One result's data. */
export interface PagefindFragment {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

/** The letters Hebrew joins to the front of a word: and, the, in, as, to, from, that. */
const HEBREW_PREFIXES = [..."והבכלמש"];
/** The most searches one query makes: each Hebrew word in it multiplies them by eight. */
const MOST_FORMS = 64;

/**
 * What to search for to answer `q`, as typed first. Hebrew joins ו ה ב כ ל מ ש
 * to the front of a word ("בפרודקשן", in production), and Pagefind, which has
 * no Hebrew stemming, matches words from their start only: so each Hebrew word
 * is also searched with each of those letters, and without the one it starts with.
 */
export function searchForms(q: string): string[] {
  let forms = [""];
  for (const word of q.split(/\s+/).filter(Boolean)) {
    const base = HEBREW_PREFIXES.includes(word[0]!) && word.length > 3 ? word.slice(1) : word;
    const ways = /^[\u05d0-\u05ea]{2,}$/.test(word)
      ? [...new Set([word, base, ...HEBREW_PREFIXES.map((letter) => letter + base)])]
      : [word];
    const next = forms.length * ways.length <= MOST_FORMS ? ways : [word];
    forms = forms.flatMap((start) => next.map((way) => `${start} ${way}`.trim()));
  }
  return forms;
}

/** What Pagefind leaves out of a word it searches for: accents, and punctuation but "_". */
const NOT_LETTERS = /\p{M}|[^\P{P}_]/gu;
/** `s` as Pagefind reads a search: lower-cased, without NOT_LETTERS (or with `by` in their place). */
const bare = (s: string, by = "") => s.normalize("NFD").replace(NOT_LETTERS, by).toLowerCase();

/**
 * Pagefind's pages for `term`, or none if a word of it is on no page: Pagefind answers a word it can't find with
 * the pages of the longest indexed word it starts with ("btrfsxyz" finds "btrfs"; a Hebrew word, the "ב" of "ב-9"),
 * and drops it from a search of several words. A word counts if the best page has a word starting with it, or if it
 * is in the index whole (quoted, Pagefind matches a word's stem exactly: "kernels" is "kernel").
 */
async function pagesFor(pf: Pagefind, term: string | null, filters: Record<string, string>) {
  const { results = [] } = (await pf.search(term, { filters })) ?? {};
  if (!term || !results[0]) return results;
  const { content, meta } = await results[0].data();
  const text = [content, ...Object.values(meta)].join(" ");
  const words = `${bare(text)} ${bare(text, " ")}`.split(/\s+/);
  for (const word of term.split(" ").map((w) => bare(w))) {
    if (!words.some((w) => w.startsWith(word)) && !(await pf.search(`"${word}"`))?.results.length) return [];
  }
  return results;
}

/** Results shown at once, and at each press of "Show more". */
const PAGE_SIZE = 10;
/** Sections (talks, mostly) shown under one page's result. */
const SECTIONS = 3;
/** How long typing must pause before a search runs. */
const TYPING_PAUSE_MS = 250;

/**
 * Pagefind's excerpt as nodes: its text, and its <mark>s around the words that
 * matched. Parsed inert in a template, and nothing else of it kept, so no
 * markup that made it into the index can reach the page. A section's excerpt
 * starts with its heading's words when the match is near it: `heading` drops
 * them, since the section's link above says them already.
 */
export function excerptNodes(doc: Document, html: string, heading = ""): Node[] {
  const parsed = doc.createElement("template");
  parsed.innerHTML = html;
  const text = parsed.content.textContent ?? "";
  let skip = heading && text.startsWith(heading) ? heading.length + text.slice(heading.length).search(/[^.\s]|$/) : 0;
  return Array.from(parsed.content.childNodes).flatMap((node): Node[] => {
    const all = node.textContent ?? "";
    const kept = all.slice(skip);
    skip = Math.max(0, skip - all.length);
    if (!kept) return [];
    if (node.nodeName === "MARK") {
      const mark = doc.createElement("mark");
      mark.textContent = kept;
      return [mark];
    }
    return [doc.createTextNode(kept)];
  });
}

/** One result, from the page's template: what it is, its title and link, and the sections (talks) that matched. */
export function renderResult(
  template: HTMLTemplateElement,
  fragment: PagefindFragment,
  text: SearchText,
  talksOnly: boolean,
): HTMLElement {
  const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  const doc = template.ownerDocument;
  const slot = (scope: Element, name: string) => scope.querySelector<HTMLElement>(`[data-slot="${name}"]`);
  // Organizer text in its own direction, each block by most of its letters (lib/i18n/writing-direction.ts).
  const fill = (el: HTMLElement | null, html: string, heading?: string) => {
    el?.replaceChildren(...excerptNodes(doc, html, heading));
    if (el) el.dir = writingDirection(el.textContent ?? "");
  };

  const kind = fragment.filters.kind?.includes("speaker") ? text.kinds.speaker : text.kinds.meetup;
  const detail = fragment.meta.detail;
  const about = slot(item, "about");
  if (about) about.textContent = detail ? `${kind} · ${detail}` : kind;
  const title = slot(item, "title");
  if (title) {
    title.textContent = fragment.meta.title ?? fragment.url;
    title.setAttribute("href", fragment.url);
    // On the heading: a title that wraps lines up on its own side.
    (title.parentElement ?? title).dir = writingDirection(title.textContent);
  }

  const sections = fragment.sub_results.filter(
    (sub) => sub.anchor && (!talksOnly || sub.anchor.id.startsWith(TALK_ANCHOR_PREFIX)),
  );
  // The page's own excerpt: where the words matched before its first section, or when no section is shown.
  const top = fragment.sub_results.find((sub) => !sub.anchor);
  const excerpt = slot(item, "excerpt");
  if (top || sections.length === 0) fill(excerpt, top?.excerpt ?? fragment.excerpt);
  else excerpt?.remove();

  const list = slot(item, "sections");
  const prototype = list?.firstElementChild;
  if (list && prototype) {
    list.replaceChildren(
      ...sections.slice(0, SECTIONS).map((sub) => {
        const entry = prototype.cloneNode(true) as HTMLElement;
        const link = slot(entry, "section-title");
        if (link) {
          link.textContent = sub.title;
          link.setAttribute("href", sub.url);
          link.dir = writingDirection(sub.title);
        }
        fill(slot(entry, "section-excerpt"), sub.excerpt, sub.title);
        return entry;
      }),
    );
    if (sections.length === 0) list.remove();
  }
  return item;
}

/** What the live region says: the count, and the visitor's words in their own direction. */
function announce(status: HTMLElement, text: SearchText, count: number, q: string): void {
  const { before, q: words, after } = resultsSummary(text, count, q);
  const parts: Node[] = [document.createTextNode(before)];
  if (words) {
    const bdi = document.createElement("bdi");
    bdi.textContent = words;
    parts.push(bdi, document.createTextNode(after));
  }
  status.replaceChildren(...parts);
}

function start(root: HTMLElement): void {
  const data = JSON.parse(root.dataset.search ?? "") as SearchPageData;
  const form = root.querySelector("form");
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>("[data-search-status]");
  const list = root.querySelector<HTMLElement>("[data-search-results]");
  const more = root.querySelector<HTMLButtonElement>("[data-search-more]");
  const template = root.querySelector<HTMLTemplateElement>("template[data-search-result]");
  // The site's lists and topics, in the results' place until a search finds something.
  const browse = root.querySelector<HTMLElement>("[data-search-browse]");
  if (!form || !input || !status || !list || !more || !template) return;
  const selects = Object.fromEntries(
    (Object.entries(SEARCH_FILTERS) as [SearchFilter, string][]).map(([filter, name]) => [
      filter,
      form.querySelector<HTMLSelectElement>(`select[name="${name}"]`),
    ]),
  ) as Record<SearchFilter, HTMLSelectElement | null>;

  let loading: Promise<Pagefind> | undefined;
  const pagefind = () =>
    (loading ??= (import(/* @vite-ignore */ data.bundle) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ baseUrl: data.baseUrl });
      return pf;
    })).catch((error: unknown) => {
      // Let a later search try again (the network may come back).
      loading = undefined;
      throw error;
    });

  // The form's fields are named as the address's parameters.
  const asked = () => readQuery(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

  // Each search supersedes the one before: results that come back late are dropped.
  let latest = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  let talksOnly = false;

  async function showMore(run: number): Promise<HTMLElement[]> {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const fragments = await Promise.all(batch.map((r) => r.data()));
    if (run !== latest) return [];
    shown += batch.length;
    const items = fragments.map((f) => renderResult(template!, f, data.text, talksOnly));
    list!.append(...items);
    more!.hidden = shown >= results.length;
    return items;
  }

  async function search(): Promise<void> {
    const query = asked();
    const run = ++latest;
    history.replaceState(history.state, "", `${location.pathname}${writeQuery(query)}`);
    if (!query.q && Object.keys(query.filters).length === 0) {
      list!.replaceChildren();
      status!.replaceChildren();
      more!.hidden = true;
      if (browse) browse.hidden = false;
      return;
    }
    try {
      const pf = await pagefind();
      const answers = await Promise.all(
        (query.q ? searchForms(query.q) : [null]).map((term) => pagesFor(pf, term, query.filters)),
      );
      if (run !== latest) return;
      // Each page once, at its best score among the forms.
      const best = new Map<string, PagefindResult>();
      for (const found of answers.flat()) {
        if ((best.get(found.id)?.score ?? -Infinity) < found.score) best.set(found.id, found);
      }
      results = [...best.values()].sort((a, b) => b.score - a.score);
      shown = 0;
      talksOnly = query.filters.kind === "talk";
      list!.replaceChildren();
      await showMore(run);
      if (run !== latest) return;
      announce(status!, data.text, results.length, query.q);
      // With nothing found, the lists are still the way on.
      if (browse) browse.hidden = results.length > 0;
    } catch {
      if (run !== latest) return;
      list!.replaceChildren();
      more!.hidden = true;
      status!.textContent = data.text.failed;
    }
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("focus", () => void pagefind().catch(() => {}), { once: true });
  input.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => void search(), TYPING_PAUSE_MS);
  });
  for (const select of Object.values(selects)) select?.addEventListener("change", () => void search());
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void search();
  });
  more.addEventListener("click", async () => {
    const added = await showMore(latest);
    // The keyboard carries on where the new results start, not back at the top.
    added[0]?.querySelector("a")?.focus();
  });

  // A search handed over in the address (the header's form, a shared link, the back button).
  const given = readQuery(new URLSearchParams(location.search));
  // This module loads after the first paint: what the visitor has typed by then wins over the address.
  if (!input.value.trim()) input.value = given.q;
  for (const [filter, select] of Object.entries(selects) as [SearchFilter, HTMLSelectElement | null][]) {
    const value = given.filters[filter];
    if (select && value && Array.from(select.options).some((o) => o.value === value)) select.value = value;
  }
  if (input.value.trim() || Object.keys(given.filters).length > 0) void search();
}

const root = document.querySelector<HTMLElement>("[data-search]");
if (root) start(root);
