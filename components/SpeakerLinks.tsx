import type { Speaker, SpeakerLink } from "@/lib/meetups";

const labels: Record<SpeakerLink["kind"], string> = {
  website: "Website",
  github: "GitHub",
  linkedin: "LinkedIn",
  mastodon: "Mastodon",
  x: "X",
};

export function SpeakerLinks({ speaker }: { speaker: Speaker }) {
  if (speaker.links.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium" aria-label={`${speaker.name} elsewhere`}>
      {speaker.links.map((l) => (
        <li key={l.kind}>
          <a href={l.url} rel={l.kind === "mastodon" ? "me noopener" : "noopener"}>
            {labels[l.kind]}
          </a>
        </li>
      ))}
    </ul>
  );
}
