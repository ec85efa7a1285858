import type { Meetup } from "@/lib/site/meetups";
import { t } from "@/lib/i18n";
import { meetupPhase } from "@/lib/site/phases";
import { serviceName } from "@/lib/site/urls";
import { ButtonLink } from "./ButtonLink";
import { When } from "./LiveMeetup";

// The stream or join link, until the meetup is over (the recordings are on the schedule then). It sits inside
// LiveMeetup, so the live-time module hides it as the clock moves.

type Props = { meetup: Meetup; builtAt: number };

const streamLink = ({ meetup, builtAt }: Props) =>
  ["upcoming", "live"].includes(meetupPhase(meetup, builtAt)) ? meetup.online : undefined;

/** A meetup that moved online is there: its "Where", with the link until it is over. */
export function OnlineVenue(props: Props) {
  const link = streamLink(props);
  return (
    <>
      <span className="font-medium">{t.meetup.online}</span>{" "}
      {/* The space keeps the two apart as words for search, which reads no CSS. */}
      {link && (
        <When as="span" phases={["upcoming", "live"]} className="block" {...props}>
          <a href={link}>{t.meetup.joinOn(serviceName(link))}</a>
        </When>
      )}
    </>
  );
}

/** "Online: Join online on youtube.com", beside When and Where (which says it when the meetup moved online). */
export function OnlineFact(props: Props) {
  const link = streamLink(props);
  if (!link || props.meetup.status === "moved-online") return null;
  return (
    <When as="div" phases={["upcoming", "live"]} {...props}>
      <dt className="text-sm text-muted">{t.meetup.online}</dt>
      <dd>
        <a href={link}>{t.meetup.joinOn(serviceName(link))}</a>
      </dd>
    </When>
  );
}

/** The button to join, while the meetup is on. */
export function JoinOnline({ className, ...props }: Props & { className?: string }) {
  const link = streamLink(props);
  if (!link) return null;
  return (
    // The interface's words, kept out of the search index, where they'd only repeat in each excerpt.
    <When as="p" phases={["live"]} className={className} data-pagefind-ignore {...props}>
      <ButtonLink href={link}>{t.meetup.joinNow}</ButtonLink>
    </When>
  );
}
