import { t } from "@/lib/i18n";
import type { Speaker } from "@/lib/site/meetups";

export function SpeakerLinks({ speaker }: { speaker: Speaker }) {
  if (speaker.links.length === 0) return null;
  return (
    <ul
      className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium"
      aria-label={t.speakers.elsewhere(speaker.name)}
      data-pagefind-ignore
    >
      {speaker.links.map((l) => (
        <li key={l.kind}>
          <a href={l.url} rel={l.kind === "mastodon" ? "me noopener" : "noopener"}>
            {t.speakers.links[l.kind]}
          </a>
        </li>
      ))}
    </ul>
  );
}
