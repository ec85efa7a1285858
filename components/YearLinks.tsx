import Link from "next/link";

// The page you are on, among the year links: a quiet pill, not a link to itself in disguise.
const current =
  "rounded px-1.5 py-0.5 aria-[current=page]:bg-accent-soft aria-[current=page]:font-semibold aria-[current=page]:text-ink aria-[current=page]:no-underline";

/**
 * The ways through an archive kept a page per year (the meetups', the talks'):
 * its latest years, then each year, the page you are on marked as current.
 */
export function YearLinks({
  latest,
  yearPath,
  years,
  year,
  className,
  labelledBy,
}: {
  /** The archive's first page and its link's words: "/meetups/", "Latest" (or "All" when it lists every year). */
  latest: { href: string; label: string };
  yearPath: (year: number) => string;
  years: number[];
  /** The year whose page this is; none on the archive's first page. */
  year?: number;
  className?: string;
  labelledBy?: string;
}) {
  return (
    <ul aria-labelledby={labelledBy} className={className}>
      <li>
        <Link href={latest.href} aria-current={year === undefined ? "page" : undefined} className={current}>
          {latest.label}
        </Link>
      </li>
      {years.map((y) => (
        <li key={y} className="font-mono">
          <Link href={yearPath(y)} aria-current={y === year ? "page" : undefined} className={current}>
            {y}
          </Link>
        </li>
      ))}
    </ul>
  );
}
