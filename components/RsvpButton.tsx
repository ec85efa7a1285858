import type { ComponentProps } from "react";
import { t } from "@/lib/i18n";
import { site } from "@/lib/site/config";
import type { Meetup } from "@/lib/site/meetups";
import { serviceName } from "@/lib/site/urls";
import { ButtonLink } from "./ButtonLink";

/** Where to RSVP: the meetup's own event page, else the group's page on its RSVP service (site.yml), named as such. */
export function RsvpButton({ meetup, ...props }: { meetup: Meetup } & Omit<ComponentProps<typeof ButtonLink>, "href">) {
  const { rsvp } = meetup;
  return (
    <ButtonLink href={rsvp ?? site.rsvp.url} {...props}>
      {rsvp ? t.meetup.rsvp(serviceName(rsvp)) : t.meetup.rsvpGroup(site.rsvp.service)}
    </ButtonLink>
  );
}
