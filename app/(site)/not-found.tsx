import { NotFound } from "@/components/NotFound";

// A page of the site that calls notFound() (a placeholder of an empty route, lib/site/static-params.ts).
export default function SiteNotFound() {
  return <NotFound />;
}
