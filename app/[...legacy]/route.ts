import { allMeetups } from "@/lib/meetups";
import { redirectPage } from "@/lib/redirect-page";
import { PLACEHOLDER } from "@/lib/static-params";
import { meetupPath } from "@/lib/urls";

// Old Jekyll addresses (/meetups/2016/07/12/<title>.html), each a static page
// that leads to the meetup's page.

export const dynamic = "force-static";
export const dynamicParams = false;

const redirects = new Map(allMeetups().flatMap((m) => m.redirects.map((from) => [from, m] as const)));

export function generateStaticParams() {
  const paths = [...redirects.keys()].map((from) => from.slice(1).split("/"));
  // See lib/static-params.ts: a site with no old addresses gets a placeholder, answered with 404 below.
  return (paths.length > 0 ? paths : [[PLACEHOLDER]]).map((legacy) => ({ legacy }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ legacy: string[] }> }) {
  const from = `/${(await params).legacy.join("/")}`;
  const meetup = redirects.get(from);
  if (!meetup) return new Response("Not found", { status: 404 });
  return new Response(redirectPage(meetupPath(meetup.slug), meetup.title), {
    headers: { "content-type": "text/html; charset=utf-8" },
  });
}
